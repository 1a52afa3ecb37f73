import { Command } from '@nestjs/cqrs';
import type { BandSettingsChanges } from '../../../domain/band.js';

export class UpdateBandSettingsCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
    readonly changes: BandSettingsChanges,
  ) {
    super();
  }
}
