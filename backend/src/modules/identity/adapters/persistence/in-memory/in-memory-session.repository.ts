import { Injectable } from '@nestjs/common';
import type { SessionRepository } from '../../../application/ports/session.repository.js';
import { Session } from '../../../domain/session.js';
import { InMemoryIdentityStore } from './in-memory-identity.store.js';

@Injectable()
export class InMemorySessionRepository implements SessionRepository {
  constructor(private readonly store: InMemoryIdentityStore) {}

  async save(session: Session): Promise<void> {
    const state = session.snapshot();
    if (!this.store.users.has(state.userId)) throw new Error(`No user ${state.userId} for this session`);
    this.store.sessions.set(state.id, state);
  }

  async addIfPasswordUnchanged(session: Session, verifiedHash: string): Promise<boolean> {
    if (this.store.users.get(session.userId)?.passwordHash !== verifiedHash) return false;
    await this.save(session);
    return true;
  }

  async saveIdleExpiry(session: Session): Promise<void> {
    const stored = this.store.sessions.get(session.id);
    if (stored) this.store.sessions.set(session.id, { ...stored, idleExpiresAt: session.idleExpiresAt });
  }

  async findByTokenHash(tokenHash: string): Promise<Session | null> {
    const state = [...this.store.sessions.values()].find((session) => session.tokenHash === tokenHash);
    return state ? Session.restore(state) : null;
  }

  async activeAmong(ids: readonly string[], now: Date): Promise<string[]> {
    return ids.filter((id) => {
      const state = this.store.sessions.get(id);
      return state !== undefined && Session.restore(state).isActiveAt(now);
    });
  }

  async delete(id: string): Promise<void> {
    this.store.sessions.delete(id);
  }

  async deleteExpiredOfUser(userId: string, now: Date): Promise<void> {
    for (const [id, state] of this.store.sessions) {
      if (state.userId === userId && !Session.restore(state).isActiveAt(now)) this.store.sessions.delete(id);
    }
  }

  async deleteAllOfUser(userId: string, except?: string): Promise<void> {
    for (const [id, session] of this.store.sessions) {
      if (session.userId === userId && id !== except) this.store.sessions.delete(id);
    }
  }
}
