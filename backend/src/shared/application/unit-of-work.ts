/**
 * Runs a use case's writes as one transaction: all of them land, or none. Repositories called
 * inside `run` take part without being told.
 *
 * A `run` inside another joins it as a savepoint: its writes commit only with the outer unit, and if
 * its work throws, only its own writes are undone (the outer unit may catch the error and go on).
 */
export interface UnitOfWork {
  run<T>(work: () => Promise<T>): Promise<T>;

  /**
   * Holds `action` back until the outermost unit around the caller has committed, then runs it once;
   * drops it if that unit, or the nested run it was asked in, throws. Outside any unit it runs at once.
   * How domain events wait for what they announce to be visible to all. The action must not throw.
   */
  afterCommit(action: () => void): void;
}

export const UNIT_OF_WORK = Symbol('UnitOfWork');
