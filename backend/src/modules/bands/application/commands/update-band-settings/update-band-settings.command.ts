import { Command } from '@nestjs/cqrs';
import type { BandSettingsChanges } from '../../../domain/band-settings.js';
import type { BandView } from '../../ports/bands.reader.js';

/** Answers the band as it stands after the change, as its admin sees it. */
export class UpdateBandSettingsCommand extends Command<BandView> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
    readonly changes: BandSettingsChanges,
  ) {
    super();
  }
}
