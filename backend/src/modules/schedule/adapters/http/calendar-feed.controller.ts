import { Controller, Get, Header, Inject, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '../../../../config/app-config.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';
import { Public } from '../../../identity/public-http.js';
import type { CalendarFeedView } from '../../application/queries/get-calendar-feed/calendar-feed-view.js';
import { GetCalendarFeedQuery } from '../../application/queries/get-calendar-feed/get-calendar-feed.query.js';
import { CalendarFeedNotFoundError } from '../../domain/schedule.errors.js';
import type { CalendarEvent, CalendarFeed } from '../calendar/calendar-feed.js';
import { buildICalendar } from '../calendar/icalendar-builder.js';

const ICS = '.ics';

@ApiTags('schedule')
@ApiProblemResponses()
@Controller()
export class CalendarFeedController {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** No session: calendar apps hold only the secret address (POST /api/me/calendar-token). */
  @Public()
  @Get('calendar/:file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, no-cache')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The holder’s bands’ rehearsals and gigs as iCalendar (RFC 5545)', type: String })
  async feed(@Param('file') file: string): Promise<string> {
    if (!file.endsWith(ICS)) throw new CalendarFeedNotFoundError();
    const view = await this.queryBus.execute(new GetCalendarFeedQuery(file.slice(0, -ICS.length)));
    return buildICalendar(this.calendarFeed(view));
  }

  private calendarFeed({ locale, bands, events, now }: CalendarFeedView): CalendarFeed {
    const names = new Map(bands.map((band) => [band.id, band.name]));
    return {
      locale,
      bandNames: bands.map((band) => band.name),
      publicOrigin: this.config.publicOrigin,
      now,
      events: events.map((event): CalendarEvent => ({
        id: event.id,
        type: event.type,
        bandName: names.get(event.bandId) ?? '',
        title: event.title,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        location: event.location,
        address: event.address,
        // A rehearsal on the schedule is on; a gig says whether it is confirmed yet.
        status: event.type === 'rehearsal' && event.status === 'planned' ? 'confirmed' : event.status,
        notes: event.notes,
        myAnswer: event.myAnswer,
        url: new URL(`/${event.type === 'gig' ? 'gigs' : 'rehearsals'}/${event.id}`, this.config.publicOrigin).href,
      })),
    };
  }
}
