import { Command } from '@nestjs/cqrs';
import type { BandView } from '../../ports/bands.reader.js';

export class CreateBandCommand extends Command<BandView> {
  constructor(
    readonly userId: string,
    readonly name: string,
  ) {
    super();
  }
}
