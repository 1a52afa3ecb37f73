import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { settingsChanges } from '../../../domain/band-settings.js';
import { BandNotFoundError } from '../../../domain/bands.errors.js';
import { BandSettingsUpdated } from '../../../domain/bands.events.js';
import { BandAccess } from '../../band-access.js';
import { BAND_REPOSITORY, type BandRepository } from '../../ports/band.repository.js';
import type { BandView } from '../../ports/bands.reader.js';
import { UpdateBandSettingsCommand } from './update-band-settings.command.js';

/** Writes only the settings the admin changed: another admin's change to other fields stays. */
@CommandHandler(UpdateBandSettingsCommand)
export class UpdateBandSettingsHandler implements ICommandHandler<UpdateBandSettingsCommand> {
  constructor(
    @Inject(BAND_REPOSITORY) private readonly bands: BandRepository,
    private readonly access: BandAccess,
    private readonly events: EventBus,
  ) {}

  async execute(command: UpdateBandSettingsCommand): Promise<BandView> {
    await this.access.require(command.userId, command.bandId, 'admin');
    const band = await this.bands.changeSettings(command.bandId, settingsChanges(command.changes));
    if (!band) throw new BandNotFoundError();
    // Written field by field without loading the band (see Band): no aggregate to record the event.
    this.events.publishAll([new BandSettingsUpdated(command.bandId, command.userId)]);
    return band;
  }
}
