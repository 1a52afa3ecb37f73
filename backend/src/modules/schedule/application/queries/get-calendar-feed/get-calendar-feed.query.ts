import { Query } from '@nestjs/cqrs';
import type { CalendarFeedView } from './calendar-feed-view.js';

/** The dates a calendar feed's secret opens: its holder's bands', with their answers. */
export class GetCalendarFeedQuery extends Query<CalendarFeedView> {
  constructor(readonly token: string) {
    super();
  }
}
