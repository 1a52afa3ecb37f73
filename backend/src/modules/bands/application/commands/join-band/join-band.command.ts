import { Command } from '@nestjs/cqrs';
import type { BandDetails } from '../../queries/get-band/get-band.query.js';
import type { Role } from '../../../domain/role.js';

export class JoinBandCommand extends Command<{ band: BandDetails; role: Role }> {
  constructor(
    readonly userId: string,
    readonly inviteCode: string,
  ) {
    super();
  }
}
