import { Command } from '@nestjs/cqrs';

/** An admin removes a member, or a member leaves (actor and member are the same). */
export class RemoveMemberCommand extends Command<void> {
  constructor(
    readonly actorId: string,
    readonly bandId: string,
    readonly memberId: string,
  ) {
    super();
  }
}
