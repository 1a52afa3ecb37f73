import type { AttendanceStatus, EventType } from '../../domain/attendance.js';
import type { GigStatus } from '../../domain/gig.js';
import type { RehearsalStatus } from '../../domain/rehearsal.js';

/** A rehearsal or a gig in the agenda, in the answer's shape (ADR 0028). */
export interface AgendaItemView {
  id: string;
  type: EventType;
  /** A gig's title; null for a rehearsal (the app names it). */
  title: string | null;
  /** As Date.prototype.toISOString() writes it. */
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  status: RehearsalStatus | GigStatus;
  myAttendance: AttendanceStatus | null;
}

/** Where a page starts: after the event with this start and id, in the list's order. */
export interface AgendaPosition {
  startsAt: Date;
  id: string;
}

/**
 * `upcoming`: what has not ended at `now` (an event with no end ends when it starts), soonest first;
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
  page(request: AgendaRequest): Promise<AgendaItemView[]>;
}

export const AGENDA_READER = Symbol('AgendaReader');
