import type { CalendarToken } from '../../domain/calendar-token.js';

export interface CalendarTokenRepository {
  /** Stores the token as its user's only one, in one atomic step: the earlier token stops working. */
  save(token: CalendarToken): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<CalendarToken | null>;
  deleteOfUser(userId: string): Promise<void>;
}

export const CALENDAR_TOKEN_REPOSITORY = Symbol('CalendarTokenRepository');
