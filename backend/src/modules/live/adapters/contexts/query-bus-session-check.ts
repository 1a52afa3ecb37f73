import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListActiveSessionsQuery } from '../../../identity/public-api.js';
import type { SessionCheck } from '../../application/ports/session-check.js';

/** Identity's answer, asked on the query bus. */
@Injectable()
export class QueryBusSessionCheck implements SessionCheck {
  constructor(private readonly queryBus: QueryBus) {}

  activeAmong(sessionIds: readonly string[]): Promise<string[]> {
    return this.queryBus.execute(new ListActiveSessionsQuery(sessionIds));
  }
}
