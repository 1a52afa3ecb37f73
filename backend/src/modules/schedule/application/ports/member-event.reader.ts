import type { AttendanceStatus, EventType } from '../../domain/attendance.js';
import type { GigStatus } from '../../domain/gig.js';
import type { RehearsalStatus } from '../../domain/rehearsal.js';

/** One rehearsal or gig of a member's band, with the member's own answer to it. */
export interface MemberEventView {
  id: string;
  type: EventType;
  bandId: string;
  /** A gig's title; null for a rehearsal. */
  title: string | null;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  /** A gig's address; null for a rehearsal. */
  address: string | null;
  status: GigStatus | RehearsalStatus;
  notes: string | null;
  myAnswer: AttendanceStatus | null;
}

/** What every calendar of a member shows: their bands' dates, across bands, in time order. */
export interface MemberEventReader {
  /** The rehearsals and gigs of `bandIds` ending (or, with no end, starting) at `since` or later, in time order. */
  eventsOf(userId: string, bandIds: readonly string[], since: Date): Promise<MemberEventView[]>;
}

export const MEMBER_EVENT_READER = Symbol('MemberEventReader');
