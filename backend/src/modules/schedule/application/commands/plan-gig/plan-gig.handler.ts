import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { newId } from '../../../../../shared/application/ids.js';
import { BandAccess } from '../../../../bands/public-api.js';
import { Gig } from '../../../domain/gig.js';
import { GigLoader } from '../../gig-loader.js';
import type { GigView } from '../../gig-view.js';
import { GIG_REPOSITORY, type GigRepository } from '../../ports/gig.repository.js';
import { PlanGigCommand } from './plan-gig.command.js';

@CommandHandler(PlanGigCommand)
export class PlanGigHandler implements ICommandHandler<PlanGigCommand> {
  constructor(
    @Inject(GIG_REPOSITORY) private readonly gigs: GigRepository,
    private readonly loader: GigLoader,
    private readonly access: BandAccess,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async execute(command: PlanGigCommand): Promise<GigView> {
    await this.access.require(command.userId, command.bandId, 'manager');
    const { userId, bandId } = command;
    const gig = Gig.plan({ id: newId(), bandId, now: this.clock.now(), actorId: userId, ...command.fields });
    await this.gigs.save(gig);
    this.events.publishAll(gig.pullEvents());
    return this.loader.view(command.userId, gig);
  }
}
