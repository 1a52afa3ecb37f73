import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { GigLoader } from '../../gig-loader.js';
import { GIG_REPOSITORY, type GigRepository } from '../../ports/gig.repository.js';
import { RemoveGigCommand } from './remove-gig.command.js';

@CommandHandler(RemoveGigCommand)
export class RemoveGigHandler implements ICommandHandler<RemoveGigCommand> {
  constructor(
    private readonly loader: GigLoader,
    @Inject(GIG_REPOSITORY) private readonly gigs: GigRepository,
    private readonly events: EventBus,
  ) {}

  async execute(command: RemoveGigCommand): Promise<void> {
    const gig = await this.loader.load(command.userId, command.gigId, 'manager');
    gig.remove(command.userId);
    await this.gigs.delete(gig.id);
    this.events.publishAll(gig.pullEvents());
  }
}
