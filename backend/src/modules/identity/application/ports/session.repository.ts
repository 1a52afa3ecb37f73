import type { Session } from '../../domain/session.js';

export interface SessionRepository {
  save(session: Session): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<Session | null>;
  delete(id: string): Promise<void>;
  /** Revokes every session of the user, but the one named in `except`. */
  deleteAllOfUser(userId: string, except?: string): Promise<void>;
  /** Forgets the user's sessions that have expired by `now` (idle or absolute). */
  deleteExpiredOfUser(userId: string, now: Date): Promise<void>;
}

export const SESSION_REPOSITORY = Symbol('SessionRepository');
