import { Query } from '@nestjs/cqrs';
import type { GigView } from '../../gig-view.js';

export class GetGigQuery extends Query<GigView> {
  constructor(
    readonly userId: string,
    readonly gigId: string,
  ) {
    super();
  }
}
