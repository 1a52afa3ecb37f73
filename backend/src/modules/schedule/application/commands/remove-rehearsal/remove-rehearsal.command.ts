import { Command } from '@nestjs/cqrs';
import type { SeriesScope } from '../../rehearsal-loader.js';

/** Deletes the rehearsal, or (scope `following`) it and the later dates of its series. */
export class RemoveRehearsalCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly rehearsalId: string,
    readonly scope: SeriesScope,
  ) {
    super();
  }
}
