import { Query } from '@nestjs/cqrs';
import type { Page } from '../../../../../shared/application/page-cursor.js';
import type { ActivityView } from '../../ports/activity.repository.js';

/** A page of the band's activity log, newest first, for one of its members. */
export class ListActivityQuery extends Query<Page<ActivityView>> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
    readonly cursor: string | undefined,
    readonly limit: number,
  ) {
    super();
  }
}
