import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { Rehearsal } from '../../../domain/rehearsal.js';
import { REHEARSAL_REPOSITORY, type RehearsalRepository } from '../../ports/rehearsal.repository.js';
import { RehearsalLoader } from '../../rehearsal-loader.js';
import type { RehearsalView } from '../../rehearsal-view.js';
import { ChangeRehearsalCommand } from './change-rehearsal.command.js';

@CommandHandler(ChangeRehearsalCommand)
export class ChangeRehearsalHandler implements ICommandHandler<ChangeRehearsalCommand> {
  constructor(
    private readonly loader: RehearsalLoader,
    @Inject(REHEARSAL_REPOSITORY) private readonly rehearsals: RehearsalRepository,
    private readonly events: EventBus,
  ) {}

  async execute({ userId, rehearsalId, changes, scope }: ChangeRehearsalCommand): Promise<RehearsalView> {
    const dates = await this.loader.loadScope(userId, rehearsalId, 'manager', scope);
    const first = dates[0]!;
    await this.loader.checkSongs(userId, first.bandId, changes.songIds);
    Rehearsal.changeAll(dates, changes, await this.loader.timeZoneOf(userId, first.bandId), userId);
    await this.rehearsals.saveAll(dates);
    this.events.publishAll(first.pullEvents());
    return this.loader.view(userId, first, scope === 'following' ? dates : undefined);
  }
}
