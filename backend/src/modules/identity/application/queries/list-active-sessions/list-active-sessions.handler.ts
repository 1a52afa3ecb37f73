import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { SESSION_REPOSITORY, type SessionRepository } from '../../ports/session.repository.js';
import { ListActiveSessionsQuery } from './list-active-sessions.query.js';

@QueryHandler(ListActiveSessionsQuery)
export class ListActiveSessionsHandler implements IQueryHandler<ListActiveSessionsQuery> {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(query: ListActiveSessionsQuery): Promise<string[]> {
    return this.sessions.activeAmong(query.sessionIds, this.clock.now());
  }
}
