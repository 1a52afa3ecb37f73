/**
 * Runs work started by the app itself (no request): on PostgreSQL, in a context of its own, as a
 * request would be, so the repositories' EntityManager is not the global one.
 */
export interface BackgroundScope {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export const BACKGROUND_SCOPE = Symbol('BackgroundScope');
