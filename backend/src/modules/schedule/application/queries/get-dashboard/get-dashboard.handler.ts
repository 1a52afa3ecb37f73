import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { BandAccess } from '../../../../bands/public-api.js';
import { BAND_DIRECTORY, type BandDirectory } from '../../ports/band-directory.js';
import { MEMBER_EVENT_READER, type MemberEventReader, type MemberEventView } from '../../ports/member-event.reader.js';
import { REPERTOIRE_DIGEST, type RepertoireDigest } from '../../ports/repertoire-digest.js';
import type { EventSummaryView } from '../../event-summary-view.js';
import type { DashboardView } from './dashboard-view.js';
import { GetDashboardQuery } from './get-dashboard.query.js';

/** How many suggestions and songs the home screen lists. */
export const DASHBOARD_LIST_LENGTH = 3;
/** How many unanswered dates it lists. */
export const DASHBOARD_PENDING_LENGTH = 10;

/**
 * The home screen in one request: the band's dates to come read once (one statement) for the next gig,
 * the next rehearsal and the dates not answered; the repertoire's first pages beside it.
 */
@QueryHandler(GetDashboardQuery)
export class GetDashboardHandler implements IQueryHandler<GetDashboardQuery> {
  constructor(
    private readonly bands: BandAccess,
    @Inject(BAND_DIRECTORY) private readonly directory: BandDirectory,
    @Inject(MEMBER_EVENT_READER) private readonly events: MemberEventReader,
    @Inject(REPERTOIRE_DIGEST) private readonly repertoire: RepertoireDigest,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ userId, bandId }: GetDashboardQuery): Promise<DashboardView> {
    await this.bands.require(userId, bandId, 'member');
    const [timeZone, events, topSuggestions, songsToWork] = await Promise.all([
      this.directory.timeZoneOf(userId, bandId),
      this.events.eventsOf(userId, [bandId], this.clock.now()),
      this.repertoire.topSuggestions(userId, bandId, DASHBOARD_LIST_LENGTH),
      this.repertoire.songsToWork(userId, bandId, DASHBOARD_LIST_LENGTH),
    ]);
    const on = events.filter((event) => event.status !== 'cancelled');
    const next = (type: MemberEventView['type']) => on.find((event) => event.type === type) ?? null;
    return {
      timeZone,
      nextGig: shown(next('gig')),
      nextRehearsal: shown(next('rehearsal')),
      topSuggestions,
      songsToWork,
      pendingAnswers: on
        .filter((event) => event.myAnswer === null)
        .slice(0, DASHBOARD_PENDING_LENGTH)
        .map((event) => shown(event)!),
    };
  }
}

function shown(event: MemberEventView | null): EventSummaryView | null {
  if (!event) return null;
  const { id, type, title, startsAt, endsAt, location, status, myAnswer } = event;
  return {
    id,
    type,
    title,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt?.toISOString() ?? null,
    location,
    status,
    myAttendance: myAnswer,
  };
}
