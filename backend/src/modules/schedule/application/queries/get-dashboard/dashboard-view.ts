import type { AttendanceStatus, EventType } from '../../../domain/attendance.js';
import type { SongDigest, SuggestionDigest } from '../../ports/repertoire-digest.js';

/** A rehearsal or a gig as the home screen shows it. */
export interface DashboardEventView {
  id: string;
  type: EventType;
  /** A gig's title; null for a rehearsal. */
  title: string | null;
  /** UTC, as Date.prototype.toISOString() writes it. */
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  status: string;
  myAttendance: AttendanceStatus | null;
}

export interface DashboardView {
  /** The band's IANA time zone: the dates are shown on its clock. */
  timeZone: string;
  nextGig: DashboardEventView | null;
  nextRehearsal: DashboardEventView | null;
  topSuggestions: SuggestionDigest[];
  songsToWork: SongDigest[];
  /** The dates to come, not cancelled, the viewer has not answered, soonest first. */
  pendingAnswers: DashboardEventView[];
}
