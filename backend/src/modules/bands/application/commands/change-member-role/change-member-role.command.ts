import { Command } from '@nestjs/cqrs';
import type { MemberView } from '../../ports/bands.reader.js';
import type { Role } from '../../../domain/role.js';

export class ChangeMemberRoleCommand extends Command<MemberView> {
  constructor(
    readonly actorId: string,
    readonly bandId: string,
    readonly memberId: string,
    readonly role: Role,
  ) {
    super();
  }
}
