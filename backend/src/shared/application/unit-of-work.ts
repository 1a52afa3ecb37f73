/**
 * Runs a use case's writes as one transaction: all of them land, or none. Repositories called
 * inside `run` take part without being told.
 */
export interface UnitOfWork {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export const UNIT_OF_WORK = Symbol('UnitOfWork');
