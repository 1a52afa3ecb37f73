import { Command } from '@nestjs/cqrs';
import type { Role } from '../../../domain/role.js';

export class ChangeMemberRoleCommand extends Command<void> {
  constructor(
    readonly actorId: string,
    readonly bandId: string,
    readonly memberId: string,
    readonly role: Role,
  ) {
    super();
  }
}
