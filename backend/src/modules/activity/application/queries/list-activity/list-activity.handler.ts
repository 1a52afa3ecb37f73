import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type Page, pageOf } from '../../../../../shared/application/page-cursor.js';
import { BandAccess } from '../../../../bands/public-api.js';
import { ACTIVITY_REPOSITORY, type ActivityRepository, type ActivityView } from '../../ports/activity.repository.js';
import { activityCursor, activityPosition } from './activity-cursor.js';
import { ListActivityQuery } from './list-activity.query.js';

/** Members only: a stranger gets 404 as for an unknown band. */
@QueryHandler(ListActivityQuery)
export class ListActivityHandler implements IQueryHandler<ListActivityQuery> {
  constructor(
    @Inject(ACTIVITY_REPOSITORY) private readonly activity: ActivityRepository,
    private readonly access: BandAccess,
  ) {}

  async execute({ userId, bandId, cursor, limit }: ListActivityQuery): Promise<Page<ActivityView>> {
    await this.access.require(userId, bandId, 'member');
    const after = cursor === undefined ? null : activityPosition(cursor);
    return pageOf(await this.activity.page(bandId, after, limit + 1), limit, activityCursor);
  }
}
