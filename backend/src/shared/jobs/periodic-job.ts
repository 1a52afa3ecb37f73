import { DiscoveryService } from '@nestjs/core';

/** Once in each slice of `everyMs` (slices counted from the epoch), or once a day at `dailyAt` ("HH:MM", server clock). */
export type JobSchedule = { readonly everyMs: number } | { readonly dailyAt: string };

export interface JobContext {
  /** Start of the period this run is for: the same on every instance. */
  readonly periodStart: Date;
  /** Aborted when the app shuts down: stop early, leave nothing half-written. */
  readonly signal: AbortSignal;
}

/**
 * Work the app does on its own, on a schedule. A provider implementing this and marked `@Periodic()`
 * is run by the PeriodicJobRunner: once per period across every instance on the database (ADR 0048).
 * `run` may return a short summary, kept as the run's message.
 */
export interface PeriodicJob {
  /** Unique in the app; the row of `scheduled_jobs` that records its runs. */
  readonly name: string;
  readonly schedule: JobSchedule;
  run(context: JobContext): Promise<string | void>;
}

/** Marks a provider as a PeriodicJob for the runner to find. */
export const Periodic = DiscoveryService.createDecorator<void>();
