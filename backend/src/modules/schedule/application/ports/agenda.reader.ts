import type { EventType } from '../../domain/attendance.js';
import type { EventSummaryView } from '../event-summary-view.js';

/** Where a page starts: after the event with this start and id, in the list's order. */
export interface AgendaPosition {
  startsAt: Date;
  id: string;
}

/**
 * `upcoming`: what has not ended at `now` (an event with no end lasts OPEN_END_HOURS), soonest first;
 * `past`: what has, latest first; `all`: everything, soonest first. `from` (included) and `to`
 * (excluded) bound the starts.
 */
export type AgendaWhen = 'upcoming' | 'past' | 'all';

export interface AgendaRequest {
  bandId: string;
  viewerId: string;
  type: EventType | null;
  when: AgendaWhen;
  now: Date;
  from: Date | null;
  to: Date | null;
  after: AgendaPosition | null;
  limit: number;
}

/** The read side of the agenda: one query a page, rehearsals and gigs together, the viewer's answer with each. */
export interface AgendaReader {
  page(request: AgendaRequest): Promise<EventSummaryView[]>;
}

export const AGENDA_READER = Symbol('AgendaReader');
