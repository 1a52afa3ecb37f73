import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { Rehearsal } from '../../../domain/rehearsal.js';
import { REHEARSAL_REPOSITORY, type RehearsalRepository } from '../../ports/rehearsal.repository.js';
import { RehearsalLoader } from '../../rehearsal-loader.js';
import { RemoveRehearsalCommand } from './remove-rehearsal.command.js';

@CommandHandler(RemoveRehearsalCommand)
export class RemoveRehearsalHandler implements ICommandHandler<RemoveRehearsalCommand> {
  constructor(
    private readonly loader: RehearsalLoader,
    @Inject(REHEARSAL_REPOSITORY) private readonly rehearsals: RehearsalRepository,
    private readonly events: EventBus,
  ) {}

  async execute({ userId, rehearsalId, scope }: RemoveRehearsalCommand): Promise<void> {
    const dates = await this.loader.loadScope(userId, rehearsalId, 'manager', scope);
    Rehearsal.removeAll(dates, userId);
    await this.rehearsals.deleteAll(dates.map((date) => date.id));
    this.events.publishAll(dates[0]!.pullEvents());
  }
}
