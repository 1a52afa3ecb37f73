import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type INestApplicationContext, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AppModule } from '../../backend/src/app.module.js';
import { loadConfig } from '../../backend/src/config/app-config.js';
import { Periodic, type JobContext, type PeriodicJob } from '../../backend/src/shared/jobs/periodic-job.js';
import { PeriodicJobRunner } from '../../backend/src/shared/jobs/periodic-job-runner.js';
import { sqlRows } from '../support/sql-rows.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Two whole app instances (every module, the real PostgreSQL adapters) on one database, each with its
// own pool and timer, as two `npm start` processes would be. Only the record of what ran is shared here.
const PERIOD_MS = 300;
/** The period of each run, whichever instance ran it. */
const periods: string[] = [];

@Periodic()
@Injectable()
class RecordingJob implements PeriodicJob {
  readonly name = 'recording';
  readonly schedule = { everyMs: PERIOD_MS };
  async run({ periodStart }: JobContext): Promise<string> {
    periods.push(periodStart.toISOString());
    return 'recorded';
  }
}

let database: TestDatabase;
const instances: INestApplicationContext[] = [];

async function anInstance(tickMs: number): Promise<INestApplicationContext> {
  const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', JOBS_TICK_MS: String(tickMs) });
  @Module({ imports: [AppModule.forRoot(config)], providers: [RecordingJob] })
  class InstanceModule {}
  // A whole app, not a bare context: the live module needs Fastify.
  const app = await NestFactory.create(InstanceModule, new FastifyAdapter(), { logger: false });
  await app.init();
  instances.push(app);
  return app;
}

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await Promise.all(instances.map((app) => app.close()));
  await database.drop();
});

describe('periodic jobs with two app instances on one database', () => {
  it('runs a job once per period when both tick at the same moments', async () => {
    const [a, b] = [await anInstance(0), await anInstance(0)];
    for (let round = 0; round < 8; round++) {
      await Promise.all([a.get(PeriodicJobRunner).tick(), b.get(PeriodicJobRunner).tick()]);
      await new Promise((resolve) => setTimeout(resolve, PERIOD_MS / 3));
    }
    expect(new Set(periods).size).toBe(periods.length);
    expect(periods.length).toBeGreaterThanOrEqual(2);
    await Promise.all(instances.splice(0).map((app) => app.close()));
  });

  it('runs a job once per period on their own timers, and records the last run for every instance', async () => {
    periods.length = 0;
    await Promise.all([anInstance(40), anInstance(40)]);
    await new Promise((resolve) => setTimeout(resolve, PERIOD_MS * 5));
    await Promise.all(instances.splice(0).map((app) => app.close()));

    expect(new Set(periods).size).toBe(periods.length);
    expect(periods.length).toBeGreaterThanOrEqual(3);
    const recorded = await sqlRows(
      database.url,
      'select period_start, outcome, message from scheduled_jobs where name = $1',
      ['recording'],
    );
    expect(recorded).toEqual([{ period_start: new Date(periods.at(-1)!), outcome: 'succeeded', message: 'recorded' }]);
  });
});
