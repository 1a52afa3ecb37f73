import 'reflect-metadata';
import { join } from 'node:path';
import { createApp } from './app.setup.js';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config.js';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded-database.js';
import { migrateDatabase } from './database/migrate.js';

/**
 * Starts BandTrack: an embedded PostgreSQL when DATABASE_URL is unset, pending migrations, then the
 * API and the PWA. On SIGINT/SIGTERM Nest stops accepting, finishes in-flight requests and closes
 * the pool; only then is the embedded PostgreSQL stopped.
 */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  let embedded: EmbeddedDatabase | undefined;
  if (config.persistence === 'postgres') {
    if (!config.databaseUrl) {
      embedded = await startEmbeddedDatabase({
        dataDir: join(config.dataDir, 'postgres'),
        databaseName: 'bandtrack',
        port: config.embeddedPgPort,
      });
      config = { ...config, databaseUrl: embedded.url };
    }
    await migrateDatabase(config.databaseUrl!);
  }

  const app = await createApp(config);
  let stopping = false;
  const shutDown = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) {
      console.error(`${signal} again: exiting now.`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: finishing requests, then stopping.`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, (s) => void shutDown(s));

  await app.listen(config.port, config.host);
  console.log(`BandTrack is listening on ${config.publicOrigin} (port ${config.port})`);
}

await main();
