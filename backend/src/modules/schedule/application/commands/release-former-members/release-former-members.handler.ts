import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ATTENDANCE_REPOSITORY, type AttendanceRepository } from '../../ports/attendance.repository.js';
import { ReleaseFormerMembersCommand } from './release-former-members.command.js';

/** One idempotent statement, safe beside another instance doing the same. */
@CommandHandler(ReleaseFormerMembersCommand)
export class ReleaseFormerMembersHandler implements ICommandHandler<ReleaseFormerMembersCommand> {
  constructor(@Inject(ATTENDANCE_REPOSITORY) private readonly attendance: AttendanceRepository) {}

  async execute(_command: ReleaseFormerMembersCommand): Promise<number> {
    return this.attendance.deleteAllOfFormerMembers();
  }
}
