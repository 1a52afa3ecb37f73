import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import { createApp } from '../../backend/src/app.setup.js';
import { loadConfig } from '../../backend/src/config/app-config.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  readonly baseUrl: string;
  readonly app: NestFastifyApplication;
  /** The app's own database (undefined with PERSISTENCE=memory), for tests that look behind the API. */
  readonly databaseUrl: string | undefined;
  close(): Promise<void>;
}

/**
 * The whole app over real HTTP on 127.0.0.1, on its own fresh database. Rate limits are raised (never
 * bypassed) and the password cost lowered so a test file runs in seconds; `env` overrides any of it.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  logDestination?: DestinationStream,
): Promise<TestApp> {
  const database: TestDatabase | undefined =
    env.PERSISTENCE === 'memory' || env.DATABASE_URL ? undefined : await createTestDatabase();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    PASSWORD_HASH_ITERATIONS: '1000',
    RATE_LIMIT_LOGIN: '1000',
    RATE_LIMIT_LOGIN_ADDRESS: '1000',
    RATE_LIMIT_REGISTER: '1000',
    JOBS_TICK_MS: '0', // no nightly job in the middle of a test; tests of the runner call tick()
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  const app = await createApp(config, logDestination);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    databaseUrl: database?.url,
    close: async () => {
      await app.close();
      await database?.drop();
    },
  };
}
