export type AttemptKind =
  | 'login-username'
  | 'login-address'
  | 'register-address'
  | 'invite-lookup-address'
  | 'invite-join-address'
  | 'password-reset-address';

export interface AttemptWindow {
  count: number;
  /** The oldest attempt strictly after `since`, when there is one. */
  oldest: Date | null;
}

/**
 * Remembers attempts (failed logins, registrations, unknown invitation codes, bad reset tokens) so
 * limits hold across app processes.
 */
export interface AttemptLog {
  record(kind: AttemptKind, key: string, at: Date): Promise<void>;
  window(kind: AttemptKind, key: string, since: Date): Promise<AttemptWindow>;
  /** Forgets attempts older than `before`. */
  prune(before: Date): Promise<void>;
}

export const ATTEMPT_LOG = Symbol('AttemptLog');
