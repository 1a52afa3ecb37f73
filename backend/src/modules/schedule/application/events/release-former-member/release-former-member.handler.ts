import { Inject } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { MemberLeftBand } from '../../../../bands/public-api.js';
import { AccountDeleted } from '../../../../identity/public-api.js';
import { ATTENDANCE_REPOSITORY, type AttendanceRepository } from '../../ports/attendance.repository.js';

/**
 * Someone who left a band (or was removed, or deleted their account) keeps no answer in its schedule:
 * the attendance lists are the current members'. Runs after the band's transaction committed (ADR
 * 0027); one idempotent statement.
 */
@EventsHandler(MemberLeftBand, AccountDeleted)
export class ReleaseFormerMemberHandler implements IEventHandler<MemberLeftBand | AccountDeleted> {
  constructor(@Inject(ATTENDANCE_REPOSITORY) private readonly attendance: AttendanceRepository) {}

  async handle(event: MemberLeftBand | AccountDeleted): Promise<void> {
    await this.attendance.deleteAllOf(event.userId, event instanceof MemberLeftBand ? event.bandId : null);
  }
}
