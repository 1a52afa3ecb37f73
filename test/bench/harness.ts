import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../backend/src/database/embedded-database.js';
import { ApiClient } from '../support/api-client.js';
import type { BenchContext } from './scenario.js';
import { freePort, type ServerProcess, startServerProcess } from '../support/server-process.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface HarnessOptions {
  /** Module paths of the scenarios whose reference routes the reference server serves. */
  scenarioFiles: string[];
  /** Writes a V8 CPU profile of the app there (`node --cpu-prof`) when it stops. */
  profileDir?: string;
}

export interface Harness extends BenchContext {
  readonly reference: ServerProcess;
  readonly workDir: string;
  /** Stops the app, the reference server and PostgreSQL, and removes the work directory. */
  stop(): Promise<void>;
}

// Seeding registers users through the API: a low password cost keeps it quick (the measured
// requests hash nothing), and the rate limits are raised as the API tests raise them.
const APP_ENV = {
  HOST: '127.0.0.1',
  NODE_ENV: 'production',
  LOG_LEVEL: 'info',
  PASSWORD_HASH_ITERATIONS: '1000',
  RATE_LIMIT_LOGIN: '1000000',
  RATE_LIMIT_LOGIN_ADDRESS: '1000000',
  RATE_LIMIT_REGISTER: '1000000',
};

/**
 * Everything on 127.0.0.1: an embedded PostgreSQL (the project's own code) in a fresh directory, the
 * app as shipped (dist/server, migrating its database at start) and the bare reference server, each in
 * its own process. If any start fails, what did start is stopped.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const workDir = await mkdtemp(join(tmpdir(), 'bandtrack-bench-'));
  const started: { stop(): Promise<void> }[] = [];
  const stopAll = async () => {
    for (const part of started.reverse()) await part.stop();
    await rm(workDir, { recursive: true, force: true });
  };
  try {
    const database: EmbeddedDatabase = await startEmbeddedDatabase({
      dataDir: join(workDir, 'postgres'),
      databaseName: 'bandtrack_bench',
    });
    started.push(database);
    const appPort = await freePort();
    const app = await startServerProcess({
      name: 'app',
      nodeArgs: [
        ...(options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : []),
        join(root, 'dist/server/backend/src/main.js'),
      ],
      env: {
        ...APP_ENV,
        PORT: String(appPort),
        DATABASE_URL: database.url,
        PUBLIC_ORIGIN: `http://127.0.0.1:${appPort}`,
      },
      port: appPort,
      readyPath: '/api/health',
      logFile: join(workDir, 'app.log'),
    });
    started.push(app);
    const referencePort = await freePort();
    const reference = await startServerProcess({
      name: 'reference',
      nodeArgs: ['--import', 'tsx', join(root, 'test/bench/reference-server.ts')],
      env: {
        PORT: String(referencePort),
        DATABASE_URL: database.url,
        BENCH_SCENARIOS: options.scenarioFiles.join(','),
      },
      port: referencePort,
      readyPath: '/health',
      logFile: join(workDir, 'reference.log'),
    });
    started.push(reference);
    const sql = new pg.Pool({ connectionString: database.url, max: 2 });
    started.push({ stop: () => sql.end() });
    return {
      app,
      reference,
      sql,
      workDir,
      signUp: (displayName) => signUp(app.url, displayName),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

let users = 0;

async function signUp(baseUrl: string, displayName: string): Promise<ApiClient> {
  const client = new ApiClient(baseUrl);
  users += 1;
  const answer = await client.post('/api/auth/register', {
    username: `bench.user${users}`,
    password: 'a bench passphrase',
    displayName,
  });
  if (answer.status !== 201) throw new Error(`registration answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return client;
}
