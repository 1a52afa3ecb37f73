// What every operator command shares (npm run user, npm run import:bandtrack1): it runs beside a
// running BandTrack with the same environment (DATABASE_URL, or the embedded PostgreSQL under DATA_DIR:
// the server's running cluster is used, or started for the command and stopped after it), on the
// app's own context, so it goes through the same commands as the server.
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { type AppConfig, ConfigError, loadConfig } from '../config/app-config.js';
import { migrateDatabase } from '../database/migrate.js';
import { withOperatorDatabase } from './operator-database.js';

/** Runs `work` on the app's context over the app's database, migrated first. */
export async function withOperatorApp<T>(
  purpose: string,
  work: (app: INestApplicationContext, config: AppConfig) => Promise<T>,
): Promise<T> {
  // JOBS_TICK_MS 0: the periodic jobs are the server's, never an operator command's.
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', JOBS_TICK_MS: '0' });
  if (config.persistence !== 'postgres') {
    throw new ConfigError(`PERSISTENCE=memory keeps nothing between runs: there is nothing to ${purpose}.`);
  }
  return withOperatorDatabase(config, async (databaseUrl) => {
    await migrateDatabase(databaseUrl, () => undefined);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, databaseUrl }), {
      logger: false,
    });
    try {
      const orm = app.get(MikroORM);
      return await RequestContext.create(orm.em, () => work(app, { ...config, databaseUrl }));
    } finally {
      await app.close();
    }
  });
}
