import { Query } from '@nestjs/cqrs';
import type { InvitationView } from '../../ports/bands.reader.js';

/** What an invitation link shows before anyone signs in; asked from a client address. */
export class GetInvitationQuery extends Query<InvitationView> {
  constructor(
    readonly inviteCode: string,
    readonly clientAddress: string,
  ) {
    super();
  }
}
