// The PostgreSQL server of a jest run (api and browser projects), started by global-setup.ts and stopped
// by global-teardown.ts: one server for the whole run and a template database with every migration
// applied, which each test file copies (test-database.ts).
// TEST_DATABASE_URL set: that server is used. Unset: an embedded PostgreSQL starts in a fresh directory
// under .test-data/ (removed at teardown) on a free port.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../backend/src/database/embedded-database.js';
import { migrateDatabase } from '../../backend/src/database/migrate.js';
import { assertTestDatabaseName, databaseUrl, TEMPLATE_DATABASE, TEST_DATABASE_ENV } from './test-database-env.js';

interface TestDatabaseServer {
  embedded?: EmbeddedDatabase;
  runDir?: string;
  adminUrl: string;
  runId: string;
}

// Kept on globalThis: setup and teardown each load this module afresh.
const STATE_KEY = '__bandtrackTestDatabaseServer';
const testDataDir = resolve(process.cwd(), '.test-data');

function state(): Record<string, TestDatabaseServer | undefined> {
  return globalThis as unknown as Record<string, TestDatabaseServer | undefined>;
}

export async function startTestDatabaseServer(): Promise<void> {
  if (state()[STATE_KEY]) {
    return; // api and browser projects share this setup
  }
  const runId = randomBytes(3).toString('hex');
  const server = process.env[TEST_DATABASE_ENV.serverUrl]
    ? { adminUrl: process.env[TEST_DATABASE_ENV.serverUrl]!, runId }
    : await startEmbeddedServer(runId);
  state()[STATE_KEY] = server;

  try {
    await createTemplate(server.adminUrl);
  } catch (error) {
    await server.embedded?.stop();
    throw error;
  }
  process.env[TEST_DATABASE_ENV.adminUrl] = server.adminUrl;
  process.env[TEST_DATABASE_ENV.template] = TEMPLATE_DATABASE;
  process.env[TEST_DATABASE_ENV.runId] = runId;
}

async function startEmbeddedServer(runId: string): Promise<TestDatabaseServer> {
  await mkdir(testDataDir, { recursive: true });
  await removeAbandonedRuns();
  const runDir = await mkdtemp(join(testDataDir, 'run-'));
  await writeFile(join(runDir, 'runner.pid'), String(process.pid));
  const log: string[] = [];
  try {
    const embedded = await startEmbeddedDatabase({
      dataDir: join(runDir, 'postgres'),
      databaseName: 'postgres',
      log: (message) => log.push(message),
    });
    return { embedded, runDir, adminUrl: embedded.url, runId };
  } catch (error) {
    await rm(runDir, { recursive: true, force: true });
    throw new Error(`Could not start the embedded PostgreSQL for tests: ${String(error)}\n${log.join('')}`, {
      cause: error,
    });
  }
}

/** Directories left by a killed jest run: stop their PostgreSQL if it still runs, then delete them. */
async function removeAbandonedRuns(): Promise<void> {
  for (const entry of await readdir(testDataDir)) {
    if (!entry.startsWith('run-')) {
      continue;
    }
    const dir = join(testDataDir, entry);
    const runner = Number.parseInt(await readFile(join(dir, 'runner.pid'), 'utf8').catch(() => ''), 10);
    if (Number.isInteger(runner) && isAlive(runner)) {
      continue; // another jest run, still going
    }
    const postmaster = Number.parseInt(
      await readFile(join(dir, 'postgres', 'postmaster.pid'), 'utf8').catch(() => ''),
      10,
    );
    if (Number.isInteger(postmaster) && isAlive(postmaster)) {
      try {
        process.kill(postmaster, 'SIGQUIT'); // throwaway data: immediate shutdown
      } catch {
        // already gone
      }
    }
    await rm(dir, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function createTemplate(adminUrl: string): Promise<void> {
  assertTestDatabaseName(TEMPLATE_DATABASE);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const template = admin.escapeIdentifier(TEMPLATE_DATABASE);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  await migrateDatabase(databaseUrl(adminUrl, TEMPLATE_DATABASE), () => undefined);
}

export async function stopTestDatabaseServer(): Promise<void> {
  const server = state()[STATE_KEY];
  if (!server) {
    return;
  }
  state()[STATE_KEY] = undefined;
  if (server.embedded) {
    await server.embedded.stop();
    if (server.runDir) {
      await rm(server.runDir, { recursive: true, force: true });
    }
    return;
  }
  await dropRunDatabases(server);
}

/** On a shared server, drop what this run created: the template and databases a test did not drop. */
async function dropRunDatabases({ adminUrl, runId }: TestDatabaseServer): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
      [`bandtrack_test_${runId}_%`, TEMPLATE_DATABASE],
    );
    for (const { datname } of rows) {
      assertTestDatabaseName(datname);
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(datname)} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
