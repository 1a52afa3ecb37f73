import { Inject, Injectable } from '@nestjs/common';
import { CALENDAR_TOKEN_REPOSITORY, type CalendarTokenRepository } from './ports/calendar-token.repository.js';
import { hashSecretToken, isSecretTokenShaped } from './secret-token.js';

/**
 * Whose calendar feed a URL's secret opens, for the schedule's feed: the user's id, or null for a
 * secret that is unknown, renewed since, revoked, of a deleted account, or not even shaped like one
 * (the feed answers 404 to all alike).
 */
@Injectable()
export class CalendarTokenResolver {
  constructor(@Inject(CALENDAR_TOKEN_REPOSITORY) private readonly tokens: CalendarTokenRepository) {}

  async resolve(token: string): Promise<string | null> {
    if (!isSecretTokenShaped(token)) return null;
    const found = await this.tokens.findByTokenHash(hashSecretToken(token));
    return found?.userId ?? null;
  }
}
