import { computed, Signal, signal } from '@angular/core';

import { ApiFailure, toApiFailure } from '../api/api-failure';

/** What a store tells its screens about one kind of write (a save, a join): in flight, done, or why not. */
export interface ActionState<F> {
  readonly pending: boolean;
  /** The last run succeeded. */
  readonly done: boolean;
  /** The last run failed, described for the screen (a sentence, field errors, a flag). */
  readonly failure: F | null;
  /** What the run is about when one action serves many items (the member whose role changes). */
  readonly subject: string | null;
}

export interface ActionOptions<F> {
  /** Turns the API failure into what the screens show. */
  readonly describe: (failure: ApiFailure) => F;
  /** Runs after every failure (ask the session again after a 403…). */
  readonly onFailure?: (failure: ApiFailure) => void;
  /** Refuse a run while one is pending (a sign-in must not be sent twice). */
  readonly exclusive?: boolean;
}

/**
 * One kind of write of a store, with its state as a signal; reads are `resource()`/`httpResource()`,
 * which is not meant for writes. The state speaks of the latest run: one that an earlier run
 * outlives is not overwritten by it (two theme choices in a row end on the second). With
 * `exclusive`, a run while one is pending is refused instead (resolves false, sends nothing).
 */
export class Action<F> {
  private readonly current = signal<ActionState<F>>(idle());
  private latest = 0;

  /** The whole state, for templates: `store.saving().pending`. */
  readonly state: Signal<ActionState<F>> = this.current.asReadonly();
  readonly pending = computed(() => this.current().pending);
  readonly failure = computed(() => this.current().failure);

  constructor(private readonly options: ActionOptions<F>) {}

  /** True when `work` resolved; false when it rejected (the failure is described) or was refused. */
  async run(work: () => Promise<unknown>, subject: string | null = null): Promise<boolean> {
    if (this.options.exclusive && this.current().pending) return false;
    const run = ++this.latest;
    this.current.set({ ...idle(), pending: true, subject });
    try {
      await work();
      if (run === this.latest) this.current.set({ ...idle(), done: true, subject });
      return true;
    } catch (error) {
      const failure = toApiFailure(error);
      if (run === this.latest) this.current.set({ ...idle(), failure: this.options.describe(failure), subject });
      this.options.onFailure?.(failure);
      return false;
    }
  }

  /** Back to idle (a dialog reopened, the user typed again); a run still in flight no longer reports. */
  reset(): void {
    this.latest++;
    this.current.set(idle());
  }
}

function idle<F>(): ActionState<F> {
  return { pending: false, done: false, failure: null, subject: null };
}
