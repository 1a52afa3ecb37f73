import { Injectable } from '@nestjs/common';
import type { CalendarTokenRepository } from '../../../application/ports/calendar-token.repository.js';
import { CalendarToken } from '../../../domain/calendar-token.js';
import { InMemoryIdentityStore } from './in-memory-identity.store.js';

@Injectable()
export class InMemoryCalendarTokenRepository implements CalendarTokenRepository {
  constructor(private readonly store: InMemoryIdentityStore) {}

  async save(token: CalendarToken): Promise<void> {
    const state = token.snapshot();
    if (!this.store.users.has(state.userId)) throw new Error(`No user ${state.userId} for this calendar token`);
    this.store.calendarTokens.set(state.userId, state);
  }

  async findByTokenHash(tokenHash: string): Promise<CalendarToken | null> {
    const state = [...this.store.calendarTokens.values()].find((token) => token.tokenHash === tokenHash);
    return state ? CalendarToken.restore(state) : null;
  }

  async deleteOfUser(userId: string): Promise<void> {
    this.store.calendarTokens.delete(userId);
  }
}
