import { InvalidScheduleFieldError } from './schedule.errors.js';
import { COMMENT_MAX_LENGTH, eventText } from './schedule-text.js';

export const ATTENDANCE_STATUSES = ['yes', 'maybe', 'no'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export type EventType = 'rehearsal' | 'gig';

/**
 * A member's answer to a rehearsal or a gig: coming, maybe, or not, and a word about it. Left out
 * (undefined), the comment given before stays: a one-tap answer from a list does not wipe it; null
 * clears it.
 */
export interface AttendanceAnswer {
  status: AttendanceStatus;
  comment?: string | null;
}

export function attendanceAnswer(status: string, comment: string | null | undefined): AttendanceAnswer {
  if (!(ATTENDANCE_STATUSES as readonly string[]).includes(status)) {
    throw new InvalidScheduleFieldError(`status is one of ${ATTENDANCE_STATUSES.join(', ')}.`, 'status');
  }
  if (comment === undefined) return { status: status as AttendanceStatus };
  return {
    status: status as AttendanceStatus,
    comment: eventText(comment, 'comment', 'multi-line', COMMENT_MAX_LENGTH),
  };
}
