import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
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
  ) {}

  async execute(command: PlanGigCommand): Promise<GigView> {
    await this.access.require(command.userId, command.bandId, 'manager');
    const gig = Gig.plan({ id: newId(), bandId: command.bandId, now: this.clock.now(), ...command.fields });
    await this.gigs.save(gig);
    return this.loader.view(command.userId, gig);
  }
}
