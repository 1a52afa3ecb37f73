import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { CalendarTokenResolver, USER_PROFILE_READER, type UserProfileReader } from '../../../../identity/public-api.js';
import { CalendarFeedNotFoundError } from '../../../domain/schedule.errors.js';
import { BAND_DIRECTORY, type BandDirectory } from '../../ports/band-directory.js';
import { MEMBER_EVENT_READER, type MemberEventReader } from '../../ports/member-event.reader.js';
import type { CalendarFeedView } from './calendar-feed-view.js';
import { GetCalendarFeedQuery } from './get-calendar-feed.query.js';

/** How far back the feed goes: calendar apps keep what they saw, and a quarter shows the recent past. */
export const FEED_PAST_DAYS = 90;

/**
 * A member's calendar feed: the dates of the bands they belong to now (one who leaves a band stops
 * seeing its dates at the next refresh), from a quarter ago on, with their own answers.
 */
@QueryHandler(GetCalendarFeedQuery)
export class GetCalendarFeedHandler implements IQueryHandler<GetCalendarFeedQuery> {
  constructor(
    private readonly tokens: CalendarTokenResolver,
    @Inject(USER_PROFILE_READER) private readonly profiles: UserProfileReader,
    @Inject(BAND_DIRECTORY) private readonly directory: BandDirectory,
    @Inject(MEMBER_EVENT_READER) private readonly events: MemberEventReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(query: GetCalendarFeedQuery): Promise<CalendarFeedView> {
    const userId = await this.tokens.resolve(query.token);
    const profile = userId ? await this.profiles.findProfile(userId) : null;
    if (!userId || !profile) throw new CalendarFeedNotFoundError();
    const now = this.clock.now();
    const bands = await this.directory.bandsOf(userId);
    const since = new Date(now.getTime() - FEED_PAST_DAYS * 24 * 60 * 60 * 1000);
    const events = await this.events.eventsOf(
      userId,
      bands.map((band) => band.id),
      since,
    );
    return { locale: profile.preferences.locale, bands, events, now };
  }
}
