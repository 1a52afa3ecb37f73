import { Command } from '@nestjs/cqrs';
import type { BandDetails } from '../../queries/get-band/get-band.query.js';
import type { Role } from '../../../domain/role.js';

/** Join by invitation code, asked from a client address (unknown codes are counted against it). */
export class JoinBandCommand extends Command<{ band: BandDetails; role: Role }> {
  constructor(
    readonly userId: string,
    readonly inviteCode: string,
    readonly clientAddress: string,
  ) {
    super();
  }
}
