import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RehearsalLoader } from '../../rehearsal-loader.js';
import type { RehearsalView } from '../../rehearsal-view.js';
import { GetRehearsalQuery } from './get-rehearsal.query.js';

@QueryHandler(GetRehearsalQuery)
export class GetRehearsalHandler implements IQueryHandler<GetRehearsalQuery> {
  constructor(private readonly loader: RehearsalLoader) {}

  async execute(query: GetRehearsalQuery): Promise<RehearsalView> {
    return this.loader.view(query.userId, await this.loader.load(query.userId, query.rehearsalId, 'member'));
  }
}
