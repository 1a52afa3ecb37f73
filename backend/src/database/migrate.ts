import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { createOrmConfig } from './mikro-orm.config.js';

/** The advisory lock key BandTrack's schema changes run under (any constant; 'BTmg' in ASCII). */
const MIGRATION_LOCK = 0x42_54_6d_67;

/**
 * Runs `work` under a PostgreSQL advisory lock held on a connection of its own: of several instances
 * starting at once, one migrates while the others wait, then find nothing pending; a restore waits
 * for them too. The lock goes with the connection, so a process killed meanwhile never leaves it taken.
 */
export async function withMigrationLock<T>(clientUrl: string, work: () => Promise<T>): Promise<T> {
  const lock = new pg.Client({ connectionString: clientUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await work();
  } finally {
    await lock.end();
  }
}

/** Applies pending migrations (all in one transaction) to the database at `clientUrl`, under the migration lock. */
export async function migrateDatabase(clientUrl: string, logger?: (message: string) => void): Promise<void> {
  await withMigrationLock(clientUrl, async () => {
    const orm = await MikroORM.init(createOrmConfig({ clientUrl, logger }));
    try {
      await orm.migrator.up();
    } finally {
      await orm.close(true);
    }
  });
}
