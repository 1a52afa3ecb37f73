import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { BandAccess } from '../../band-access.js';
import { ACTIVE_BAND_REPOSITORY, type ActiveBandRepository } from '../../ports/active-band.repository.js';
import { SetActiveBandCommand } from './set-active-band.command.js';

@CommandHandler(SetActiveBandCommand)
export class SetActiveBandHandler implements ICommandHandler<SetActiveBandCommand> {
  constructor(
    @Inject(ACTIVE_BAND_REPOSITORY) private readonly activeBands: ActiveBandRepository,
    private readonly access: BandAccess,
  ) {}

  async execute(command: SetActiveBandCommand): Promise<void> {
    await this.access.require(command.userId, command.bandId, 'member');
    await this.activeBands.set(command.userId, command.bandId);
  }
}
