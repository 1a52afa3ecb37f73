import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { BandNotFoundError } from '../../../domain/bands.errors.js';
import { BandAccess } from '../../band-access.js';
import { BAND_REPOSITORY, type BandRepository } from '../../ports/band.repository.js';
import { UpdateBandSettingsCommand } from './update-band-settings.command.js';

@CommandHandler(UpdateBandSettingsCommand)
export class UpdateBandSettingsHandler implements ICommandHandler<UpdateBandSettingsCommand> {
  constructor(
    @Inject(BAND_REPOSITORY) private readonly bands: BandRepository,
    private readonly access: BandAccess,
  ) {}

  async execute(command: UpdateBandSettingsCommand): Promise<void> {
    await this.access.require(command.userId, command.bandId, 'admin');
    const band = await this.bands.findById(command.bandId);
    if (!band) throw new BandNotFoundError();
    band.changeSettings(command.changes);
    await this.bands.save(band);
  }
}
