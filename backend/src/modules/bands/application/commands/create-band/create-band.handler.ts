import { randomBytes } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { newId } from '../../../../../shared/application/ids.js';
import { UNIT_OF_WORK, type UnitOfWork } from '../../../../../shared/application/unit-of-work.js';
import { Band } from '../../../domain/band.js';
import { InviteCode } from '../../../domain/invite-code.js';
import { Roster } from '../../../domain/roster.js';
import { bandViewOf } from '../../band-details.js';
import { ACTIVE_BAND_REPOSITORY, type ActiveBandRepository } from '../../ports/active-band.repository.js';
import { BAND_REPOSITORY, type BandRepository } from '../../ports/band.repository.js';
import type { BandView } from '../../ports/bands.reader.js';
import { ROSTER_REPOSITORY, type RosterRepository } from '../../ports/roster.repository.js';
import { CreateBandCommand } from './create-band.command.js';

/** The founder becomes the band's admin, and the new band becomes their active band. */
@CommandHandler(CreateBandCommand)
export class CreateBandHandler implements ICommandHandler<CreateBandCommand> {
  constructor(
    @Inject(BAND_REPOSITORY) private readonly bands: BandRepository,
    @Inject(ROSTER_REPOSITORY) private readonly rosters: RosterRepository,
    @Inject(ACTIVE_BAND_REPOSITORY) private readonly activeBands: ActiveBandRepository,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async execute(command: CreateBandCommand): Promise<BandView> {
    const now = this.clock.now();
    const band = Band.create({ id: newId(), name: command.name, inviteCode: InviteCode.generate(randomBytes), now });
    const roster = Roster.founded(band.id, command.userId, now);
    await this.unitOfWork.run(async () => {
      await this.bands.add(band);
      await this.rosters.save(roster);
      await this.activeBands.set(command.userId, band.id);
    });
    this.events.publishAll(roster.pullEvents());
    return bandViewOf(band); // the founder is its admin: they see it all
  }
}
