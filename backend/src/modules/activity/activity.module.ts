import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import type { Persistence } from '../../config/app-config.js';
import { ActivityPurgeJob } from './adapters/jobs/activity-purge.job.js';
import { QueryBusScheduledEvents } from './adapters/contexts/query-bus-scheduled-events.js';
import { ActivityController } from './adapters/http/activity.controller.js';
import { InMemoryActivityRepository } from './adapters/persistence/in-memory/in-memory-activity.repository.js';
import { MikroOrmActivityRepository } from './adapters/persistence/mikro-orm/mikro-orm-activity.repository.js';
import { PurgeActivityHandler } from './application/commands/purge-activity/purge-activity.handler.js';
import { RecordActivityHandler } from './application/events/record-activity/record-activity.handler.js';
import { ACTIVITY_REPOSITORY } from './application/ports/activity.repository.js';
import { SCHEDULED_EVENTS } from './application/ports/scheduled-events.js';
import { ListActivityHandler } from './application/queries/list-activity/list-activity.handler.js';

const persistenceAdapters: Record<Persistence, Provider[]> = {
  postgres: [{ provide: ACTIVITY_REPOSITORY, useClass: MikroOrmActivityRepository }],
  memory: [{ provide: ACTIVITY_REPOSITORY, useClass: InMemoryActivityRepository }],
};

/**
 * The band's activity log: a read model written by event handlers after each action committed
 * (who did what, when), read a page at a time by the members, purged past its retention every hour.
 */
@Module({})
export class ActivityModule {
  static register(persistence: Persistence): DynamicModule {
    return {
      module: ActivityModule,
      controllers: [ActivityController],
      providers: [
        ...persistenceAdapters[persistence],
        { provide: SCHEDULED_EVENTS, useClass: QueryBusScheduledEvents },
        RecordActivityHandler,
        ListActivityHandler,
        PurgeActivityHandler,
        ActivityPurgeJob,
      ],
    };
  }
}
