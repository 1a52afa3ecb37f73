import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { UNIT_OF_WORK, type UnitOfWork } from '../../../../../shared/application/unit-of-work.js';
import { AttemptLimiter } from '../../../../identity/public-api.js';
import { InviteCodeNotFoundError } from '../../../domain/bands.errors.js';
import { InviteCode } from '../../../domain/invite-code.js';
import type { Role } from '../../../domain/role.js';
import { bandDetailsFor, bandViewOf } from '../../band-details.js';
import type { BandDetails } from '../../queries/get-band/get-band.query.js';
import { ACTIVE_BAND_REPOSITORY, type ActiveBandRepository } from '../../ports/active-band.repository.js';
import { BAND_REPOSITORY, type BandRepository } from '../../ports/band.repository.js';
import { ROSTER_REPOSITORY, type RosterRepository } from '../../ports/roster.repository.js';
import { JoinBandCommand } from './join-band.command.js';

/**
 * Joins by invitation code, as a member; a member joining again keeps their role. Unknown codes
 * count against the client address like the public look-up's (codes cannot be guessed by the
 * thousand through either door); malformed ones cost nothing to refuse.
 */
@CommandHandler(JoinBandCommand)
export class JoinBandHandler implements ICommandHandler<JoinBandCommand> {
  constructor(
    @Inject(BAND_REPOSITORY) private readonly bands: BandRepository,
    @Inject(ROSTER_REPOSITORY) private readonly rosters: RosterRepository,
    @Inject(ACTIVE_BAND_REPOSITORY) private readonly activeBands: ActiveBandRepository,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly limiter: AttemptLimiter,
    private readonly events: EventBus,
  ) {}

  async execute(command: JoinBandCommand): Promise<{ band: BandDetails; role: Role }> {
    const now = this.clock.now();
    await this.limiter.assertAllowed('invite-join-address', command.clientAddress, now);
    const band = await this.bands.findByInviteCode(InviteCode.parse(command.inviteCode).value);
    if (!band) {
      await this.limiter.record('invite-join-address', command.clientAddress, now);
      throw new InviteCodeNotFoundError();
    }
    const { role, events } = await this.unitOfWork.run(async () => {
      const roster = await this.rosters.lockForUpdate(band.id);
      const joinedAs = roster.join(command.userId, now);
      await this.rosters.save(roster);
      await this.activeBands.set(command.userId, band.id);
      return { role: joinedAs, events: roster.pullEvents() };
    });
    this.events.publishAll(events);
    return { band: bandDetailsFor(bandViewOf(band), role), role };
  }
}
