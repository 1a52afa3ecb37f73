import type { AttendanceStatus, EventType } from '../domain/attendance.js';
import type { GigStatus } from '../domain/gig.js';
import type { RehearsalStatus } from '../domain/rehearsal.js';

/** A rehearsal or a gig as the agenda and the home screen list it, in the answer's shape (ADR 0028). */
export interface EventSummaryView {
  id: string;
  type: EventType;
  /** A gig's title; null for a rehearsal (the app names it). */
  title: string | null;
  /** UTC, as Date.prototype.toISOString() writes it. */
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  status: RehearsalStatus | GigStatus;
  /** The viewer's answer; null while they have not answered. */
  myAttendance: AttendanceStatus | null;
}
