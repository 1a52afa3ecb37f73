import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type Persistence } from '../../config/app-config.js';
import { PreparedStatements } from '../../shared/adapters/prepared-statements.js';
import { QueryBusSessionCheck } from './adapters/contexts/query-bus-session-check.js';
import { QueryBusSongLevels } from './adapters/contexts/query-bus-song-levels.js';
import { LiveEndpoint } from './adapters/http/live.endpoint.js';
import { InMemoryLiveBus } from './adapters/in-memory/in-memory-live-bus.js';
import { listeningClient, PostgresLiveBus } from './adapters/postgres/postgres-live-bus.js';
import { BandLiveHandler } from './application/events/band-live/band-live.handler.js';
import { SessionsLiveHandler } from './application/events/sessions-live/sessions-live.handler.js';
import { LiveHub } from './application/live-hub.js';
import { LIVE_BUS } from './application/ports/live-bus.js';
import { SESSION_CHECK } from './application/ports/session-check.js';
import { SONG_LEVELS } from './application/ports/song-levels.js';

const buses: Record<Persistence, Provider> = {
  postgres: {
    provide: LIVE_BUS,
    inject: [APP_CONFIG, PreparedStatements],
    useFactory: (config: AppConfig, statements: PreparedStatements) =>
      new PostgresLiveBus(listeningClient(config.databaseUrl!), statements),
  },
  memory: { provide: LIVE_BUS, useFactory: () => new InMemoryLiveBus() },
};

/**
 * Live updates (ADR 0045): GET /api/live, the sockets of this instance, and the domain event handlers
 * that tell every instance what changed, through PostgreSQL's LISTEN/NOTIFY (in memory without it).
 */
@Module({})
export class LiveModule {
  static register(persistence: Persistence): DynamicModule {
    return {
      module: LiveModule,
      providers: [
        buses[persistence],
        { provide: SESSION_CHECK, useClass: QueryBusSessionCheck },
        { provide: SONG_LEVELS, useClass: QueryBusSongLevels },
        LiveHub,
        LiveEndpoint,
        BandLiveHandler,
        SessionsLiveHandler,
      ],
    };
  }
}
