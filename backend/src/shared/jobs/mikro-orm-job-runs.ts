import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { JOB_MESSAGE_MAX_LENGTH, type JobOutcome, type JobRun, type JobRuns } from './job-runs.js';

interface JobRunRow {
  name: string;
  period_start: Date;
  started_at: Date;
  finished_at: Date | null;
  outcome: JobOutcome;
  message: string | null;
}

/**
 * One atomic upsert claims a period: of two instances inserting or updating the row at once, the
 * second waits for the first's row lock, then finds the period taken and updates nothing.
 */
@Injectable()
export class MikroOrmJobRuns implements JobRuns {
  constructor(private readonly em: EntityManager) {}

  async claim(name: string, periodStart: Date, at: Date): Promise<boolean> {
    const rows = await this.em.execute<{ name: string }[]>(
      `insert into scheduled_jobs (name, period_start, started_at, finished_at, outcome, message)
       values (?, ?, ?, null, 'running', null)
       on conflict (name) do update set period_start = excluded.period_start, started_at = excluded.started_at,
         finished_at = null, outcome = 'running', message = null
       where scheduled_jobs.period_start < excluded.period_start
       returning name`,
      [name, periodStart, at],
    );
    return rows.length === 1;
  }

  async finish(
    name: string,
    periodStart: Date,
    outcome: Exclude<JobOutcome, 'running'>,
    message: string | null,
    at: Date,
  ): Promise<void> {
    await this.em.execute(
      'update scheduled_jobs set finished_at = ?, outcome = ?, message = ? where name = ? and period_start = ?',
      [at, outcome, message?.slice(0, JOB_MESSAGE_MAX_LENGTH) ?? null, name, periodStart],
    );
  }

  async last(name: string): Promise<JobRun | null> {
    const [row] = await this.em.execute<JobRunRow[]>(
      'select name, period_start, started_at, finished_at, outcome, message from scheduled_jobs where name = ?',
      [name],
    );
    if (!row) return null;
    return {
      name: row.name,
      periodStart: new Date(row.period_start),
      startedAt: new Date(row.started_at),
      finishedAt: row.finished_at ? new Date(row.finished_at) : null,
      outcome: row.outcome,
      message: row.message,
    };
  }
}
