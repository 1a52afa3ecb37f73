import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { GigLoader } from '../../gig-loader.js';
import type { GigView } from '../../gig-view.js';
import { GIG_REPOSITORY, type GigRepository } from '../../ports/gig.repository.js';
import { ChangeGigCommand } from './change-gig.command.js';

@CommandHandler(ChangeGigCommand)
export class ChangeGigHandler implements ICommandHandler<ChangeGigCommand> {
  constructor(
    private readonly loader: GigLoader,
    @Inject(GIG_REPOSITORY) private readonly gigs: GigRepository,
    private readonly events: EventBus,
  ) {}

  async execute(command: ChangeGigCommand): Promise<GigView> {
    const gig = await this.loader.load(command.userId, command.gigId, 'manager');
    gig.change(command.changes, command.userId);
    await this.gigs.save(gig);
    this.events.publishAll(gig.pullEvents());
    return this.loader.view(command.userId, gig);
  }
}
