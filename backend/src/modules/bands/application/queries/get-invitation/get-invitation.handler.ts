import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { AttemptLimiter } from '../../../../identity/public-api.js';
import { InviteCodeNotFoundError } from '../../../domain/bands.errors.js';
import { InviteCode } from '../../../domain/invite-code.js';
import { BANDS_READER, type BandsReader, type InvitationView } from '../../ports/bands.reader.js';
import { GetInvitationQuery } from './get-invitation.query.js';

/**
 * Public: the band's name and member count, nothing more. Unknown codes count against the client
 * address, so codes cannot be guessed by the thousand; a malformed one costs nothing to refuse.
 */
@QueryHandler(GetInvitationQuery)
export class GetInvitationHandler implements IQueryHandler<GetInvitationQuery> {
  constructor(
    @Inject(BANDS_READER) private readonly reader: BandsReader,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly limiter: AttemptLimiter,
  ) {}

  async execute(query: GetInvitationQuery): Promise<InvitationView> {
    const now = this.clock.now();
    await this.limiter.assertAllowed('invite-lookup-address', query.clientAddress, now);
    const code = InviteCode.parse(query.inviteCode, 'code');
    const invitation = await this.reader.invitation(code.value);
    if (!invitation) {
      await this.limiter.record('invite-lookup-address', query.clientAddress, now);
      throw new InviteCodeNotFoundError('code');
    }
    return invitation;
  }
}
