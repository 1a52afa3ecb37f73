import type { Session } from '../../domain/session.js';

export interface SessionRepository {
  save(session: Session): Promise<void>;
  /**
   * Adds a new session while its user's password hash is still `verifiedHash`, the one the password
   * was checked against: false, and nothing stored, when a password change got there first.
   */
  addIfPasswordUnchanged(session: Session, verifiedHash: string): Promise<boolean>;
  /** Writes the session's slid idle expiry, and nothing else (see Session.touch). */
  saveIdleExpiry(session: Session): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<Session | null>;
  /** Those of `ids` that are still sessions active at `now` (not revoked, not expired). */
  activeAmong(ids: readonly string[], now: Date): Promise<string[]>;
  delete(id: string): Promise<void>;
  /** Revokes every session of the user, but the one named in `except`. */
  deleteAllOfUser(userId: string, except?: string): Promise<void>;
  /** Forgets the user's sessions that have expired by `now` (idle or absolute). */
  deleteExpiredOfUser(userId: string, now: Date): Promise<void>;
}

export const SESSION_REPOSITORY = Symbol('SessionRepository');
