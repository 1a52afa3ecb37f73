import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Periodic, type PeriodicJob } from '../../../../shared/jobs/periodic-job.js';
import { PurgeActivityCommand } from '../../application/commands/purge-activity/purge-activity.command.js';

/** Every hour, once across the instances (ADR 0048): the activity older than the retention goes. */
@Injectable()
@Periodic()
export class ActivityPurgeJob implements PeriodicJob {
  readonly name = 'activity-purge';
  readonly schedule = { everyMs: 60 * 60 * 1000 };

  constructor(private readonly commandBus: CommandBus) {}

  async run(): Promise<string> {
    const purged = await this.commandBus.execute(new PurgeActivityCommand());
    return `${purged} entries older than the retention purged`;
  }
}
