import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from './mikro-orm.config.js';

/** Applies pending migrations (all in one transaction) to the database at `clientUrl`. */
export async function migrateDatabase(clientUrl: string, logger?: (message: string) => void): Promise<void> {
  const orm = await MikroORM.init(createOrmConfig({ clientUrl, logger }));
  try {
    await orm.migrator.up();
  } finally {
    await orm.close(true);
  }
}
