import { Injectable } from '@nestjs/common';
import { JOB_MESSAGE_MAX_LENGTH, type JobOutcome, type JobRun, type JobRuns } from './job-runs.js';

/** The runs of one process (PERSISTENCE=memory is a single instance). */
@Injectable()
export class InMemoryJobRuns implements JobRuns {
  private readonly runs = new Map<string, JobRun>();

  async claim(name: string, periodStart: Date, at: Date): Promise<boolean> {
    const last = this.runs.get(name);
    if (last && last.periodStart >= periodStart) return false;
    this.runs.set(name, { name, periodStart, startedAt: at, finishedAt: null, outcome: 'running', message: null });
    return true;
  }

  async finish(
    name: string,
    periodStart: Date,
    outcome: Exclude<JobOutcome, 'running'>,
    message: string | null,
    at: Date,
  ): Promise<void> {
    const last = this.runs.get(name);
    if (last?.periodStart.getTime() !== periodStart.getTime()) return;
    this.runs.set(name, {
      ...last,
      finishedAt: at,
      outcome,
      message: message?.slice(0, JOB_MESSAGE_MAX_LENGTH) ?? null,
    });
  }

  async last(name: string): Promise<JobRun | null> {
    return this.runs.get(name) ?? null;
  }
}
