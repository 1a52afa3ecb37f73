import { Command } from '@nestjs/cqrs';
import type { ImportReport } from '../../../domain/import-report.js';

/** Brings a database of the original BandTrack in, at once or not at all; again, only what is new. */
export class ImportBandtrack1Command extends Command<ImportReport> {
  constructor(readonly path: string) {
    super();
  }
}
