export type JobOutcome = 'running' | 'succeeded' | 'failed';

/** The last run of a job, as every instance sees it. */
export interface JobRun {
  readonly name: string;
  readonly periodStart: Date;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly outcome: JobOutcome;
  readonly message: string | null;
}

/** Longest message kept for a run; longer ones are cut. */
export const JOB_MESSAGE_MAX_LENGTH = 1000;

/**
 * Where the runs of periodic jobs are recorded, shared by every instance. `claim` is the only thing
 * that decides whether a run happens: it succeeds for one caller per job and period, whatever the
 * number of instances asking at once.
 */
export interface JobRuns {
  /** Records a run of `name` for `periodStart`, started `at`; false when a run for that period (or a later one) exists. */
  claim(name: string, periodStart: Date, at: Date): Promise<boolean>;
  /** Records the end of the run claimed for `periodStart` (nothing when a later period was claimed meanwhile). */
  finish(
    name: string,
    periodStart: Date,
    outcome: Exclude<JobOutcome, 'running'>,
    message: string | null,
    at: Date,
  ): Promise<void>;
  last(name: string): Promise<JobRun | null>;
}

export const JOB_RUNS = Symbol('JobRuns');
