import { Query } from '@nestjs/cqrs';
import type { RehearsalView } from '../../rehearsal-view.js';

export class GetRehearsalQuery extends Query<RehearsalView> {
  constructor(
    readonly userId: string,
    readonly rehearsalId: string,
  ) {
    super();
  }
}
