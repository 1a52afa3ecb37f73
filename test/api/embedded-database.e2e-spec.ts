import { afterEach, describe, expect, it } from '@jest/globals';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../backend/src/database/embedded-database.js';

const testDataDir = resolve('.test-data');

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function isRunningPostgres(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return isAlive(pid) && stat !== undefined && !/\) Z /.test(stat);
}

/** Starts a database from a child Node process, which is then killed with SIGKILL. */
async function startInChildAndKillIt(dataDir: string): Promise<string> {
  const { child, url } = await startInChild(dataDir);
  await query(url, 'CREATE TABLE song (title text PRIMARY KEY)');
  await query(url, `INSERT INTO song VALUES ('Superstition')`);
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGKILL');
  await exited;
  return url;
}

/** Starts a database from a child Node process, as a running BandTrack holds it. */
async function startInChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/embedded-database-process.ts', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready?.[1]) {
        done(ready[1]);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`child exited (${code}) before READY:\n${output}`)));
  });
  return { child, url };
}

describe('embedded PostgreSQL', () => {
  let dataDir: string | undefined;
  let database: EmbeddedDatabase | undefined;

  async function freshDataDir(): Promise<string> {
    await mkdir(testDataDir, { recursive: true });
    dataDir = join(await mkdtemp(join(testDataDir, 'embedded-')), 'postgres');
    return dataDir;
  }

  afterEach(async () => {
    await database?.stop();
    database = undefined;
    if (dataDir) {
      await rm(resolve(dataDir, '..'), { recursive: true, force: true });
      dataDir = undefined;
    }
  });

  it('keeps its data across a stop and a start', async () => {
    const dir = await freshDataDir();
    database = await startEmbeddedDatabase({ dataDir: dir, databaseName: 'bandtrack_test_restart' });
    expect(database.url).toMatch(/^postgres:\/\/postgres:postgres@127\.0\.0\.1:\d+\/bandtrack_test_restart$/);
    await query(database.url, 'CREATE TABLE song (title text PRIMARY KEY)');
    await query(database.url, `INSERT INTO song VALUES ('Valerie')`);
    await database.stop();
    await database.stop(); // idempotent

    database = await startEmbeddedDatabase({ dataDir: dir, databaseName: 'bandtrack_test_restart' });
    const rows = await query<{ title: string }>(database.url, 'SELECT title FROM song');
    expect(rows).toEqual([{ title: 'Valerie' }]);
    const [settings] = await query<{ synchronous_commit: string; encoding: string }>(
      database.url,
      `SELECT current_setting('synchronous_commit') AS synchronous_commit,
              current_setting('server_encoding') AS encoding`,
    );
    expect(settings).toEqual({ synchronous_commit: 'on', encoding: 'UTF8' });
  });

  it('runs two instances side by side on different ports', async () => {
    const dir = await freshDataDir();
    database = await startEmbeddedDatabase({ dataDir: dir, databaseName: 'bandtrack_test_one' });
    const otherDir = join(resolve(dir, '..'), 'other');
    const other = await startEmbeddedDatabase({ dataDir: otherDir, databaseName: 'bandtrack_test_two' });
    try {
      expect(new URL(other.url).port).not.toBe(new URL(database.url).port);
      const [row] = await query<{ name: string }>(other.url, 'SELECT current_database() AS name');
      expect(row?.name).toBe('bandtrack_test_two');
    } finally {
      await other.stop();
    }
  });

  it('comes back with its data after a kill -9 of the Node process that started it', async () => {
    const dir = await freshDataDir();
    await startInChildAndKillIt(dir);
    // What was measured: the postmaster outlives Node and keeps the data directory locked.
    const leftover = Number.parseInt((await readFile(join(dir, 'postmaster.pid'), 'utf8')).split('\n')[0]!, 10);
    expect(await isRunningPostgres(leftover)).toBe(true);

    database = await startEmbeddedDatabase({ dataDir: dir, databaseName: 'bandtrack_test_crash' });
    const rows = await query<{ title: string }>(database.url, 'SELECT title FROM song');
    expect(rows).toEqual([{ title: 'Superstition' }]);
    expect(await isRunningPostgres(leftover)).toBe(false);
  });

  it('refuses a second start on a data directory a running BandTrack holds, and leaves its PostgreSQL alone', async () => {
    const dir = await freshDataDir();
    const { child, url } = await startInChild(dir);
    const exited = new Promise((done) => child.once('exit', done));
    try {
      await expect(startEmbeddedDatabase({ dataDir: dir, databaseName: 'bandtrack_test_crash' })).rejects.toThrow(
        `Another BandTrack (pid ${child.pid}) is running on ${resolve(dir)}`,
      );
      expect(await query<{ one: number }>(url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    // Its owner gone, the PostgreSQL left behind is a leftover again: stopped, and the start goes on.
    database = await startEmbeddedDatabase({ dataDir: dir, databaseName: 'bandtrack_test_crash' });
  });

  it('recovers its data after a crash of both Node and PostgreSQL (stale postmaster.pid)', async () => {
    const dir = await freshDataDir();
    await startInChildAndKillIt(dir);
    const leftover = Number.parseInt((await readFile(join(dir, 'postmaster.pid'), 'utf8')).split('\n')[0]!, 10);
    process.kill(leftover, 'SIGKILL'); // like a power cut: no shutdown checkpoint, lock file left behind
    for (let waited = 0; (await isRunningPostgres(leftover)) && waited < 5000; waited += 50) {
      await new Promise((done) => setTimeout(done, 50));
    }

    database = await startEmbeddedDatabase({ dataDir: dir, databaseName: 'bandtrack_test_crash' });
    const rows = await query<{ title: string }>(database.url, 'SELECT title FROM song');
    expect(rows).toEqual([{ title: 'Superstition' }]);
  });
});
