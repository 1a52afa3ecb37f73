import { Command } from '@nestjs/cqrs';
import type { AttendanceStatus, EventType } from '../../../domain/attendance.js';
import type { SeriesScope } from '../../rehearsal-loader.js';

/** The answer as given, and the events it was given to. */
export interface AnsweredView {
  eventIds: string[];
  status: AttendanceStatus;
  comment: string | null;
  /** As Date.prototype.toISOString() writes it. */
  answeredAt: string;
}

/**
 * The member's answer to a gig or a rehearsal; for a rehearsal with scope `following`, to it and every
 * later date of its series that is not cancelled (a whole series at once, from its first date).
 */
export class AnswerAttendanceCommand extends Command<AnsweredView> {
  constructor(
    readonly userId: string,
    readonly type: EventType,
    readonly eventId: string,
    readonly status: string,
    readonly comment: string | null | undefined,
    readonly scope: SeriesScope,
  ) {
    super();
  }
}
