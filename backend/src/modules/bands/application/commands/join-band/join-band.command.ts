import { Command } from '@nestjs/cqrs';
import type { Role } from '../../../domain/role.js';

export class JoinBandCommand extends Command<{ bandId: string; role: Role }> {
  constructor(
    readonly userId: string,
    readonly inviteCode: string,
  ) {
    super();
  }
}
