import { Command } from '@nestjs/cqrs';

export class RenewInviteCodeCommand extends Command<{ inviteCode: string }> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
  ) {
    super();
  }
}
