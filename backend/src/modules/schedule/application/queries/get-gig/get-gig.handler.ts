import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GigLoader } from '../../gig-loader.js';
import type { GigView } from '../../gig-view.js';
import { GetGigQuery } from './get-gig.query.js';

@QueryHandler(GetGigQuery)
export class GetGigHandler implements IQueryHandler<GetGigQuery> {
  constructor(private readonly loader: GigLoader) {}

  async execute(query: GetGigQuery): Promise<GigView> {
    return this.loader.view(query.userId, await this.loader.load(query.userId, query.gigId, 'member'));
  }
}
