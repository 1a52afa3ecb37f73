import type { AttendanceAnswer, EventType } from '../../domain/attendance.js';

/** One member's answer, in the answer's shape (ADR 0028). */
export interface AnswerView {
  userId: string;
  status: AttendanceAnswer['status'];
  comment: string | null;
  /** As Date.prototype.toISOString() writes it. */
  answeredAt: string;
}

/**
 * Answers to rehearsals and gigs: one per member per event (a unique constraint in PostgreSQL), given
 * again it replaces the earlier one.
 */
export interface AttendanceRepository {
  /** The member's answer to each of these events of one type, in one statement. */
  answer(
    type: EventType,
    eventIds: readonly string[],
    userId: string,
    answer: AttendanceAnswer,
    at: Date,
  ): Promise<void>;
  answersTo(type: EventType, eventId: string): Promise<AnswerView[]>;
  /** A former member's answers to the band's events (every band's when `bandId` is null). */
  deleteAllOf(userId: string, bandId: string | null): Promise<void>;
  /** Every answer of someone no longer a member of the event's band; how many went. */
  deleteAllOfFormerMembers(): Promise<number>;
}

export const ATTENDANCE_REPOSITORY = Symbol('AttendanceRepository');
