import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { UNIT_OF_WORK, type UnitOfWork } from '../../../../../shared/application/unit-of-work.js';
import { BAND_REPOSITORY, type BandRepository } from '../../ports/band.repository.js';
import { ROSTER_REPOSITORY, type RosterRepository } from '../../ports/roster.repository.js';
import { DeleteBandCommand } from './delete-band.command.js';

/**
 * An admin deletes the band with everything of it: memberships, active-band choices and, through
 * their foreign keys' ON DELETE CASCADE, every other context's rows. Under the band's lock, so no
 * one joins a band that is going.
 */
@CommandHandler(DeleteBandCommand)
export class DeleteBandHandler implements ICommandHandler<DeleteBandCommand> {
  constructor(
    @Inject(ROSTER_REPOSITORY) private readonly rosters: RosterRepository,
    @Inject(BAND_REPOSITORY) private readonly bands: BandRepository,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
    private readonly events: EventBus,
  ) {}

  async execute(command: DeleteBandCommand): Promise<void> {
    const events = await this.unitOfWork.run(async () => {
      const roster = await this.rosters.lockForUpdate(command.bandId);
      roster.disband(command.userId);
      await this.bands.delete(command.bandId);
      return roster.pullEvents();
    });
    this.events.publishAll(events);
  }
}
