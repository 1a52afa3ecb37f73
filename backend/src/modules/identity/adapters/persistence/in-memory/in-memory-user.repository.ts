import { Injectable } from '@nestjs/common';
import type { UserRepository } from '../../../application/ports/user.repository.js';
import { UsernameTakenError } from '../../../domain/identity.errors.js';
import { User, type UserState } from '../../../domain/user.js';
import { InMemoryIdentityStore } from './in-memory-identity.store.js';

@Injectable()
export class InMemoryUserRepository implements UserRepository {
  constructor(private readonly store: InMemoryIdentityStore) {}

  async findById(id: string): Promise<User | null> {
    const state = this.store.users.get(id);
    return state ? User.restore(state) : null;
  }

  async findByUsername(username: string): Promise<User | null> {
    const state = [...this.store.users.values()].find((user) => user.username === username);
    return state ? User.restore(state) : null;
  }

  async save(user: User): Promise<void> {
    const state: UserState = user.snapshot();
    const holder = [...this.store.users.values()].find((other) => other.username === state.username);
    if (holder && holder.id !== state.id) throw new UsernameTakenError();
    const stored = this.store.users.get(state.id);
    this.store.users.set(state.id, stored ? { ...state, passwordHash: stored.passwordHash } : state);
  }

  async savePasswordHash(user: User, previousHash: string): Promise<boolean> {
    const stored = this.store.users.get(user.id);
    if (stored?.passwordHash !== previousHash) return false;
    this.store.users.set(user.id, { ...stored, passwordHash: user.passwordHash });
    return true;
  }

  async delete(id: string): Promise<void> {
    this.store.users.delete(id);
    for (const [sessionId, session] of this.store.sessions) {
      if (session.userId === id) this.store.sessions.delete(sessionId);
    }
    for (const [resetId, reset] of this.store.passwordResets) {
      if (reset.userId === id) this.store.passwordResets.delete(resetId);
    }
    this.store.calendarTokens.delete(id);
  }
}
