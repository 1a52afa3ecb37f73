// `npm run user -- reset-password USERNAME`: operator commands on accounts, run beside a running
// BandTrack with the same environment (DATABASE_URL, or the embedded PostgreSQL under DATA_DIR: the
// server's running cluster is used, or started for the command and stopped after it).
// Prints the result on stdout (a link, nothing else) and any problem on stderr; exit code 0, 1 on a
// refusal (unknown user, bad configuration), 2 on wrong usage.
import 'reflect-metadata';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { AppModule } from '../app.module.js';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { migrateDatabase } from '../database/migrate.js';
import { withOperatorDatabase } from './operator-database.js';
import { DomainError } from '../shared/domain/domain-error.js';
import { IssuePasswordResetCommand } from '../modules/identity/public-api.js';

const USAGE = `usage: npm run user -- reset-password USERNAME

  reset-password USERNAME   prints a one-time link that sets a new password for USERNAME and
                            signs out every device; valid one hour, one use`;

async function resetPassword(username: string): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', JOBS_TICK_MS: '0' });
  await withOperatorDatabase(config, async (databaseUrl) => {
    await migrateDatabase(databaseUrl, () => undefined);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, databaseUrl }), {
      logger: false,
    });
    try {
      const orm = app.get(MikroORM);
      const { token, expiresAt } = await RequestContext.create(orm.em, () =>
        app.get(CommandBus).execute(new IssuePasswordResetCommand(username)),
      );
      const link = new URL('/reset-password', config.publicOrigin);
      link.searchParams.set('token', token);
      console.error(`One-time link for ${username}, valid until ${expiresAt.toISOString()}:`);
      console.log(link.href);
    } finally {
      await app.close();
    }
  });
}

async function main(args: string[]): Promise<number> {
  const [command, username, ...rest] = args;
  if (command !== 'reset-password' || !username || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  try {
    await resetPassword(username);
    return 0;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'IDENTITY.USER_NOT_FOUND') {
      console.error(`No user is named "${username}".`);
      return 1;
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
