import ical, { escape, type ICalEventData, ICalEventStatus } from 'ical-generator';
import type { CalendarEvent, CalendarEventStatus, CalendarFeed } from './calendar-feed.js';
import { CALENDAR_WORDS, type CalendarWords } from './calendar-words.js';

/** How often calendar apps that honour it should fetch the feed again. */
const REFRESH_SECONDS = 60 * 60;

const STATUSES: Record<CalendarEventStatus, ICalEventStatus> = {
  planned: ICalEventStatus.TENTATIVE,
  confirmed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * A member's calendar feed as RFC 5545 text. Times are UTC instants (no VTIMEZONE: the calendar app
 * shows them in its own zone); a cancelled event stays in the feed with STATUS:CANCELLED and the
 * word in its summary, so that apps which ignore the status still say it. See docs/adr/0037.
 */
export function buildICalendar(feed: CalendarFeed): string {
  const words = CALENDAR_WORDS[feed.locale];
  const host = new URL(feed.publicOrigin).host;
  const name = feed.bandNames.length === 1 ? `${feed.bandNames[0]} — BandTrack` : words.calendarName;
  return ical({
    // ical-generator writes the name as it is given: escaped here, or a comma or a line break would end it.
    name: escape(name, false),
    prodId: { company: 'BandTrack', product: 'Calendar', language: feed.locale.toUpperCase() },
    ttl: REFRESH_SECONDS,
    events: feed.events.map((event) => eventData(event, words, host, feed.now)),
  }).toString();
}

function eventData(event: CalendarEvent, words: CalendarWords, host: string, now: Date): ICalEventData {
  const title = `${event.title ?? words.rehearsal} — ${event.bandName}`;
  return {
    id: `${event.type}-${event.id}@${host}`,
    stamp: now,
    start: event.startsAt,
    end: event.endsAt,
    summary: event.status === 'cancelled' ? `[${words.cancelled}] ${title}` : title,
    location: event.location ? { title: event.location, address: event.address ?? undefined } : event.address,
    description: description(event, words),
    status: STATUSES[event.status],
    url: event.url,
  };
}

function description(event: CalendarEvent, words: CalendarWords): string {
  const lines = [words.myAnswer[event.myAnswer ?? 'none']];
  if (event.type === 'gig' && event.status === 'planned') lines.push(words.notConfirmed);
  if (event.notes) lines.push('', event.notes);
  lines.push('', `${words.openInApp} ${event.url}`);
  return lines.join('\n');
}
