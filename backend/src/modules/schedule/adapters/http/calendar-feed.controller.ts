import { Controller, Get, Header, Inject, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '../../../../config/app-config.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';
import { Public } from '../../../identity/public-http.js';
import { GetCalendarFeedQuery } from '../../application/queries/get-calendar-feed/get-calendar-feed.query.js';
import { CalendarFeedNotFoundError } from '../../domain/schedule.errors.js';
import { calendarFeedOf } from '../calendar/calendar-feed.js';
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
    return buildICalendar(calendarFeedOf(view, this.config.publicOrigin));
  }
}
