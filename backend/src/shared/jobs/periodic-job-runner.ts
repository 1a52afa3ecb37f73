import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { CLOCK, type Clock } from '../application/clock.js';
import { BACKGROUND_SCOPE, type BackgroundScope } from './background-scope.js';
import { periodStart } from './job-period.js';
import { JOB_RUNS, type JobRuns } from './job-runs.js';
import { Periodic, type PeriodicJob } from './periodic-job.js';

/**
 * Runs the app's periodic jobs. Every instance ticks (`JOBS_TICK_MS`, 0 for none); at each tick a job
 * whose current period has no run yet is claimed in the shared JobRuns, and only the instance whose
 * claim succeeds runs it: nothing in this process decides, except that it never starts a job that
 * is still running here. The timer does not keep the process alive; at shutdown the runs in progress
 * are aborted and awaited before the database closes.
 */
@Injectable()
export class PeriodicJobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('PeriodicJobRunner');
  private readonly shutdown = new AbortController();
  private readonly inProgress = new Map<string, Promise<void>>();
  private jobs: PeriodicJob[] = [];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(JOB_RUNS) private readonly runs: JobRuns,
    @Inject(BACKGROUND_SCOPE) private readonly scope: BackgroundScope,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs = this.discovery
      .getProviders({ metadataKey: Periodic.KEY })
      .map((wrapper) => wrapper.instance as PeriodicJob | undefined)
      .filter((job): job is PeriodicJob => job !== undefined);
    const names = this.jobs.map((job) => job.name);
    const twice = names.find((name, index) => names.indexOf(name) !== index);
    if (twice) throw new Error(`two periodic jobs are named ${twice}`);
    this.jobs.forEach((job) => periodStart(job.schedule, this.clock.now())); // a bad schedule fails the boot
    if (this.config.jobsTickMs > 0 && this.jobs.length > 0) {
      this.timer = setInterval(() => void this.tick(), this.config.jobsTickMs).unref();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.shutdown.abort();
    await Promise.allSettled(this.inProgress.values());
  }

  /** Starts every job that is due and not running here; resolves when those runs are over. */
  async tick(): Promise<void> {
    if (this.shutdown.signal.aborted) return;
    const started = this.jobs
      .filter((job) => !this.inProgress.has(job.name))
      .map((job) => {
        const run = this.scope.run(() => this.runIfDue(job)).finally(() => this.inProgress.delete(job.name));
        this.inProgress.set(job.name, run);
        return run;
      });
    await Promise.all(started);
  }

  private async runIfDue(job: PeriodicJob): Promise<void> {
    const period = periodStart(job.schedule, this.clock.now());
    try {
      if (!(await this.runs.claim(job.name, period, this.clock.now()))) return;
    } catch (error) {
      this.logger.warn(`${job.name}: could not check whether it is due (${messageOf(error)})`);
      return;
    }
    let outcome: 'succeeded' | 'failed' = 'succeeded';
    let message: string | null;
    try {
      message = (await job.run({ periodStart: period, signal: this.shutdown.signal })) ?? null;
      this.logger.log(`${job.name}: done${message ? `: ${message}` : ''}`);
    } catch (error) {
      outcome = 'failed';
      message = messageOf(error);
      this.logger.error(`${job.name}: failed: ${message}`);
    }
    try {
      await this.runs.finish(job.name, period, outcome, message, this.clock.now());
    } catch (error) {
      this.logger.warn(`${job.name}: could not record how the run ended (${messageOf(error)})`);
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
