import type { Locale } from '../../../identity/public-api.js';
import type { CalendarFeedView } from '../../application/queries/get-calendar-feed/calendar-feed-view.js';

export type CalendarEventType = 'rehearsal' | 'gig';
/** A rehearsal on the schedule is `confirmed`; a gig is planned, confirmed or cancelled. */
export type CalendarEventStatus = 'planned' | 'confirmed' | 'cancelled';
export type CalendarAnswer = 'yes' | 'maybe' | 'no';

/** One rehearsal or gig of one of the member's bands, as their calendar feed shows it. */
export interface CalendarEvent {
  /** The rehearsal's or the gig's id: with its type and the host, its UID in every render. */
  id: string;
  type: CalendarEventType;
  bandName: string;
  /** A gig's title; null for a rehearsal, which is then called one in the feed's language. */
  title: string | null;
  startsAt: Date;
  /** Null: no DTEND, the event is a moment (RFC 5545 §3.6.1). */
  endsAt: Date | null;
  location: string | null;
  address: string | null;
  status: CalendarEventStatus;
  notes: string | null;
  /** The feed's holder's own attendance answer; null while they have not answered. */
  myAnswer: CalendarAnswer | null;
  /** The absolute address of the event's page in the PWA. */
  url: string;
}

/** Everything one render of a member's feed needs. */
export interface CalendarFeed {
  /** The holder's language (their preference in the app): the feed's words are in it. */
  locale: Locale;
  /** The holder's bands, named in the calendar's name when there is one. */
  bandNames: readonly string[];
  events: readonly CalendarEvent[];
  /** PUBLIC_ORIGIN: its host is the right-hand side of every UID. */
  publicOrigin: string;
  /** The render's moment: every DTSTAMP. */
  now: Date;
}

/** A member's feed as the query read it, with each event named after its band and linked to its page. */
export function calendarFeedOf({ locale, bands, events, now }: CalendarFeedView, publicOrigin: string): CalendarFeed {
  const names = new Map(bands.map((band) => [band.id, band.name]));
  return {
    locale,
    bandNames: bands.map((band) => band.name),
    publicOrigin,
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
      url: new URL(`/${event.type === 'gig' ? 'gigs' : 'rehearsals'}/${event.id}`, publicOrigin).href,
    })),
  };
}
