import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { migrationsList } from '../../../migrations/index.js';
import { entities } from './entities.js';
import { POOL_OPTIONS } from './pool-options.js';

export interface OrmConfigInput {
  /** `postgres://user:password@host:port/database` */
  clientUrl: string;
  /** Log every query (MikroORM's `debug`). */
  debug?: boolean;
  /** Where MikroORM writes its own lines (migrations applied, debug queries). Defaults to console.log. */
  logger?: (message: string) => void;
}

/**
 * MikroORM options for BandTrack on PostgreSQL: the app (MikroOrmModule.forRoot), the migrator and the
 * CLI all start from here. Paths are relative to the repository root (the CLI's working directory);
 * running migrations needs no path: they come from `migrations/index.ts`.
 */
export function createOrmConfig({ clientUrl, debug = false, logger }: OrmConfigInput): Options {
  return defineConfig({
    clientUrl,
    // Sessions in UTC whatever the cluster's default (a NAS's is often local): raw statements then read
    // timestamptz as '...+00' text, isoTimestamp's fast path (shared/adapters/postgres-timestamp.ts).
    driverOptions: { options: '-c TimeZone=UTC', ...POOL_OPTIONS },
    entities: [...entities],
    extensions: [Migrator],
    debug,
    ...(logger ? { logger } : {}),
    discovery: { warnWhenNoEntities: false },
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList,
      path: 'migrations',
      pathTs: 'migrations',
      emit: 'ts',
      fileName: (timestamp, name) => `Migration${timestamp}${name ? `_${name}` : ''}`,
      transactional: true,
      allOrNothing: true,
      // The snapshot is written by `migration:create` only, committed beside the migrations, and named
      // the same whatever the database is called (tests use other names).
      snapshot: true,
      snapshotName: '.snapshot-bandtrack',
      snapshotOnMigrate: false,
    },
  });
}
