import { Command } from '@nestjs/cqrs';
import type { GigChanges, GigFields } from '../../../domain/gig.js';
import type { GigView } from '../../gig-view.js';

export class PlanGigCommand extends Command<GigView> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
    readonly fields: GigChanges & Pick<GigFields, 'title' | 'startsAt'>,
  ) {
    super();
  }
}
