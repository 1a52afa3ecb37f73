import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { createOrmConfig } from './mikro-orm.config.js';

/** The advisory lock key BandTrack's migrations run under (any constant; 'BTmg' in ASCII). */
const MIGRATION_LOCK = 0x42_54_6d_67;

/**
 * Applies pending migrations (all in one transaction) to the database at `clientUrl`. Under a
 * PostgreSQL advisory lock held on a connection of its own: of several instances starting at once,
 * one migrates while the others wait, then find nothing pending. The lock goes with the connection,
 * so a process killed meanwhile never leaves it taken.
 */
export async function migrateDatabase(clientUrl: string, logger?: (message: string) => void): Promise<void> {
  const lock = new pg.Client({ connectionString: clientUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const orm = await MikroORM.init(createOrmConfig({ clientUrl, logger }));
    try {
      await orm.migrator.up();
    } finally {
      await orm.close(true);
    }
  } finally {
    await lock.end();
  }
}
