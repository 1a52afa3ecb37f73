import { randomBytes } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { BandNotFoundError } from '../../../domain/bands.errors.js';
import { InviteCode } from '../../../domain/invite-code.js';
import { BandAccess } from '../../band-access.js';
import { BAND_REPOSITORY, type BandRepository } from '../../ports/band.repository.js';
import { RenewInviteCodeCommand } from './renew-invite-code.command.js';

/** A new invitation code; the old one stops working at once. Only the code is written. */
@CommandHandler(RenewInviteCodeCommand)
export class RenewInviteCodeHandler implements ICommandHandler<RenewInviteCodeCommand> {
  constructor(
    @Inject(BAND_REPOSITORY) private readonly bands: BandRepository,
    private readonly access: BandAccess,
  ) {}

  async execute(command: RenewInviteCodeCommand): Promise<{ inviteCode: string }> {
    await this.access.require(command.userId, command.bandId, 'admin');
    const code = InviteCode.generate(randomBytes);
    if (!(await this.bands.replaceInviteCode(command.bandId, code))) throw new BandNotFoundError();
    return { inviteCode: code.value };
  }
}
