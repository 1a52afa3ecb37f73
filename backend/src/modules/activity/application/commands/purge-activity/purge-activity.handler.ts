import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../../../config/app-config.js';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { ACTIVITY_REPOSITORY, type ActivityRepository } from '../../ports/activity.repository.js';
import { PurgeActivityCommand } from './purge-activity.command.js';

const DAY_MS = 24 * 60 * 60 * 1000;

@CommandHandler(PurgeActivityCommand)
export class PurgeActivityHandler implements ICommandHandler<PurgeActivityCommand> {
  constructor(
    @Inject(ACTIVITY_REPOSITORY) private readonly activity: ActivityRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'activityRetentionDays'>,
  ) {}

  async execute(_command: PurgeActivityCommand): Promise<number> {
    return this.activity.purgeBefore(new Date(this.clock.now().getTime() - this.config.activityRetentionDays * DAY_MS));
  }
}
