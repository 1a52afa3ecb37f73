import { Command } from '@nestjs/cqrs';
import type { RehearsalChanges } from '../../../domain/rehearsal.js';
import type { Repeat } from '../../../domain/series.js';
import type { RehearsalView } from '../../rehearsal-view.js';

/** One rehearsal, or a series of them when `repeat` says how often and until when. */
export class PlanRehearsalsCommand extends Command<RehearsalView[]> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
    readonly fields: Omit<RehearsalChanges, 'status'> & { startsAt: Date },
    readonly repeat: Repeat | null,
  ) {
    super();
  }
}
