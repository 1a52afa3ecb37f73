import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { REHEARSAL_REPOSITORY, type RehearsalRepository } from '../../ports/rehearsal.repository.js';
import { RehearsalLoader } from '../../rehearsal-loader.js';
import { RemoveRehearsalCommand } from './remove-rehearsal.command.js';

@CommandHandler(RemoveRehearsalCommand)
export class RemoveRehearsalHandler implements ICommandHandler<RemoveRehearsalCommand> {
  constructor(
    private readonly loader: RehearsalLoader,
    @Inject(REHEARSAL_REPOSITORY) private readonly rehearsals: RehearsalRepository,
  ) {}

  async execute({ userId, rehearsalId, scope }: RemoveRehearsalCommand): Promise<void> {
    const dates = await this.loader.loadScope(userId, rehearsalId, 'manager', scope);
    await this.rehearsals.deleteAll(dates.map((date) => date.id));
  }
}
