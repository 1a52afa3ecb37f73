import { Injectable } from '@nestjs/common';
import type { PasswordResetRepository } from '../../../application/ports/password-reset.repository.js';
import { PasswordReset } from '../../../domain/password-reset.js';
import { InMemoryIdentityStore } from './in-memory-identity.store.js';

@Injectable()
export class InMemoryPasswordResetRepository implements PasswordResetRepository {
  constructor(private readonly store: InMemoryIdentityStore) {}

  async save(reset: PasswordReset): Promise<void> {
    const state = reset.snapshot();
    if (!this.store.users.has(state.userId)) throw new Error(`No user ${state.userId} for this reset`);
    this.store.passwordResets.set(state.id, state);
  }

  async findByTokenHash(tokenHash: string): Promise<PasswordReset | null> {
    const state = [...this.store.passwordResets.values()].find((reset) => reset.tokenHash === tokenHash);
    return state ? PasswordReset.restore(state) : null;
  }

  async markUsed(id: string, now: Date): Promise<boolean> {
    const state = this.store.passwordResets.get(id);
    if (!state || !PasswordReset.restore(state).isUsableAt(now)) return false;
    this.store.passwordResets.set(id, { ...state, usedAt: now });
    return true;
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    for (const [id, reset] of this.store.passwordResets) {
      if (reset.userId === userId) this.store.passwordResets.delete(id);
    }
  }
}
