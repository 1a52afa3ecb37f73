import { afterEach, describe, expect, it } from '@jest/globals';
import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { loadConfig } from '../../config/app-config.js';
import { ConfigModule } from '../../config/config.module.js';
import { CLOCK } from '../application/clock.js';
import { KernelModule } from '../kernel.module.js';
import { FixedClock } from '../testing/fixed-clock.js';
import { InMemoryJobRuns } from './in-memory-job-runs.js';
import { JOB_RUNS } from './job-runs.js';
import { JobsModule } from './jobs.module.js';
import { Periodic, type JobContext, type JobSchedule, type PeriodicJob } from './periodic-job.js';
import { PeriodicJobRunner } from './periodic-job-runner.js';

/** What the jobs of every instance did, in order. */
let done: string[] = [];
let release: () => void = () => undefined;

@Periodic()
@Injectable()
class QuarterHourJob implements PeriodicJob {
  readonly name: string = 'quarter-hour';
  readonly schedule: JobSchedule = { everyMs: 15 * 60_000 };
  async run({ periodStart }: JobContext): Promise<string> {
    done.push(periodStart.toISOString());
    return `did ${periodStart.toISOString()}`;
  }
}

@Periodic()
@Injectable()
class FailingJob implements PeriodicJob {
  readonly name = 'failing';
  readonly schedule = { dailyAt: '03:00' };
  async run(): Promise<void> {
    throw new Error('disk full');
  }
}

@Periodic()
@Injectable()
class SlowJob implements PeriodicJob {
  readonly name = 'slow';
  readonly schedule = { everyMs: 60_000 };
  run({ signal }: JobContext): Promise<string> {
    return new Promise((resolve) => {
      release = () => resolve('finished');
      signal.addEventListener('abort', () => resolve(`stopped: ${signal.aborted}`));
    });
  }
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
  done = [];
});

/** One app instance with these jobs, on the runs and clock every instance of the test shares. */
async function anInstance(runs: InMemoryJobRuns, clock: FixedClock, jobs: Function[] = [QuarterHourJob]) {
  const module = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(loadConfig({ JOBS_TICK_MS: '0' })),
      KernelModule.register('memory'),
      JobsModule.register('memory'),
    ],
    providers: jobs as never[],
  })
    .overrideProvider(JOB_RUNS)
    .useValue(runs)
    .overrideProvider(CLOCK)
    .useValue(clock)
    .compile();
  module.useLogger(false);
  await module.init();
  closers.push(() => module.close());
  return module.get(PeriodicJobRunner);
}

describe('PeriodicJobRunner', () => {
  it('runs a job once per period whatever the number of instances ticking', async () => {
    const runs = new InMemoryJobRuns();
    const clock = new FixedClock(new Date('2026-12-02T03:00:00Z'));
    const instances = [await anInstance(runs, clock), await anInstance(runs, clock), await anInstance(runs, clock)];
    for (let minute = 0; minute < 60; minute += 5) {
      await Promise.all(instances.map((runner) => runner.tick()));
      clock.advance(5 * 60_000);
    }
    expect(done).toEqual([
      '2026-12-02T03:00:00.000Z',
      '2026-12-02T03:15:00.000Z',
      '2026-12-02T03:30:00.000Z',
      '2026-12-02T03:45:00.000Z',
    ]);
    expect(await runs.last('quarter-hour')).toMatchObject({
      outcome: 'succeeded',
      message: 'did 2026-12-02T03:45:00.000Z',
    });
  });

  it('records a failed run and goes on with the other jobs', async () => {
    const runs = new InMemoryJobRuns();
    const clock = new FixedClock();
    const runner = await anInstance(runs, clock, [FailingJob, QuarterHourJob]);
    await runner.tick();
    expect(await runs.last('failing')).toMatchObject({ outcome: 'failed', message: 'disk full' });
    expect(done).toHaveLength(1);
  });

  it('never starts a job still running here, and aborts it at shutdown, recording how it ended', async () => {
    const runs = new InMemoryJobRuns();
    const clock = new FixedClock();
    const runner = await anInstance(runs, clock, [SlowJob]);
    const first = runner.tick();
    clock.advance(60_000);
    await runner.tick(); // the slow job is still running here: not claimed again
    expect((await runs.last('slow'))?.periodStart).toEqual(new Date('2026-11-24T10:00:00Z'));
    await closers.pop()!();
    await first;
    expect(await runs.last('slow')).toMatchObject({ outcome: 'succeeded', message: 'stopped: true' });
  });

  it('lets a run finish before its next period', async () => {
    const runs = new InMemoryJobRuns();
    const clock = new FixedClock();
    const runner = await anInstance(runs, clock, [SlowJob]);
    const first = runner.tick();
    await Promise.resolve();
    release();
    await first;
    expect(await runs.last('slow')).toMatchObject({ outcome: 'succeeded', message: 'finished' });
  });

  it('refuses two jobs of one name, and a schedule that names no period, at boot', async () => {
    @Periodic()
    @Injectable()
    class SecondQuarterHourJob extends QuarterHourJob {}
    @Periodic()
    @Injectable()
    class NoPeriodJob extends QuarterHourJob {
      override readonly name = 'no-period';
      override readonly schedule = { dailyAt: '25:00' };
    }
    const runs = new InMemoryJobRuns();
    await expect(anInstance(runs, new FixedClock(), [QuarterHourJob, SecondQuarterHourJob])).rejects.toThrow(
      'two periodic jobs are named quarter-hour',
    );
    await expect(anInstance(runs, new FixedClock(), [NoPeriodJob])).rejects.toThrow(/HH:MM/);
  });
});
