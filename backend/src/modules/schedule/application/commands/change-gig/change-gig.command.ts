import { Command } from '@nestjs/cqrs';
import type { GigChanges } from '../../../domain/gig.js';
import type { GigView } from '../../gig-view.js';

export class ChangeGigCommand extends Command<GigView> {
  constructor(
    readonly userId: string,
    readonly gigId: string,
    readonly changes: GigChanges,
  ) {
    super();
  }
}
