export const ATTENDANCE_STATUSES = ['yes', 'maybe', 'no'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export type EventType = 'rehearsal' | 'gig';

/** A member's answer to a rehearsal or a gig: coming, maybe, or not, and a word about it. */
export interface AttendanceAnswer {
  status: AttendanceStatus;
  comment: string | null;
}
