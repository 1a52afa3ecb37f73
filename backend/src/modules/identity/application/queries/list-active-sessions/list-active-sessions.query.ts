import { Query } from '@nestjs/cqrs';

/** For the live sockets: which of these sessions are still active (the others were revoked or expired). */
export class ListActiveSessionsQuery extends Query<string[]> {
  constructor(readonly sessionIds: readonly string[]) {
    super();
  }
}
