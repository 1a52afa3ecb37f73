import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { UNIT_OF_WORK, type UnitOfWork } from '../../../../../shared/application/unit-of-work.js';
import { BandRemoval } from '../../band-removal.js';
import { ROSTER_REPOSITORY, type RosterRepository } from '../../ports/roster.repository.js';
import { RemoveMemberCommand } from './remove-member.command.js';

/**
 * Access ends at once: the membership row is gone when the command returns. MemberLeftBand goes out
 * after the commit (the repertoire then withdraws the member's votes and progress in the band).
 */
@CommandHandler(RemoveMemberCommand)
export class RemoveMemberHandler implements ICommandHandler<RemoveMemberCommand> {
  constructor(
    @Inject(ROSTER_REPOSITORY) private readonly rosters: RosterRepository,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
    private readonly removal: BandRemoval,
    private readonly events: EventBus,
  ) {}

  async execute(command: RemoveMemberCommand): Promise<void> {
    const events = await this.unitOfWork.run(async () => {
      const roster = await this.rosters.lockForUpdate(command.bandId);
      const leaving = command.actorId === command.memberId;
      roster.authorize(command.actorId, leaving ? 'member' : 'admin');
      await this.removal.remove(roster, command.memberId, command.actorId);
      return roster.pullEvents();
    });
    this.events.publishAll(events);
  }
}
