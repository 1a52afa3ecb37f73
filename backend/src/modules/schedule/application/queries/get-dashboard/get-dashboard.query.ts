import { Query } from '@nestjs/cqrs';
import type { DashboardView } from './dashboard-view.js';

/** The band's home screen for a member: what comes next, what to answer, what to vote and to learn. */
export class GetDashboardQuery extends Query<DashboardView> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
  ) {
    super();
  }
}
