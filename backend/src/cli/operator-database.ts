import { join } from 'node:path';
import { type AppConfig, ConfigError } from '../config/app-config.js';
import { useEmbeddedDatabase } from '../database/embedded-database.js';

/**
 * The database of an operator command, run beside a running BandTrack with the same environment:
 * DATABASE_URL, or the embedded PostgreSQL under DATA_DIR (the server's running cluster, else one
 * started, or created, for the command and stopped after it).
 */
export async function withOperatorDatabase<T>(
  config: AppConfig,
  work: (databaseUrl: string) => Promise<T>,
): Promise<T> {
  if (config.persistence !== 'postgres') {
    throw new ConfigError('PERSISTENCE=memory keeps nothing between runs: there is no database to work on.');
  }
  if (config.databaseUrl) return work(config.databaseUrl);
  const embedded = await useEmbeddedDatabase({ dataDir: join(config.dataDir, 'postgres'), databaseName: 'bandtrack' });
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}
