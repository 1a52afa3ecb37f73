import { Command } from '@nestjs/cqrs';
import type { RehearsalChanges } from '../../../domain/rehearsal.js';
import type { SeriesScope } from '../../rehearsal-loader.js';
import type { RehearsalView } from '../../rehearsal-view.js';

/** Changes the rehearsal, or (scope `following`) it and the later dates of its series; answers the first. */
export class ChangeRehearsalCommand extends Command<RehearsalView> {
  constructor(
    readonly userId: string,
    readonly rehearsalId: string,
    readonly changes: RehearsalChanges,
    readonly scope: SeriesScope,
  ) {
    super();
  }
}
