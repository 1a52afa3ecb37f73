#!/usr/bin/env node
// Erases the BandTrack database and rebuilds it from the migrations. Called by scripts/reset-db.sh
// (`npm run db:reset`), which asks for confirmation first.
// DATABASE_URL set: that database is dropped and created again (through the server's maintenance
// database), then migrated. Unset: the embedded cluster in DATA_DIR/postgres (default ./data/postgres)
// is started, its `bandtrack` database dropped, created and migrated, and the cluster stopped.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { ensureServerBuilt, serverDist } from './lib/build-server.mjs';

const EMBEDDED_DATABASE = 'bandtrack';

function hidePassword(url) {
  const parsed = new URL(url);
  if (parsed.password) {
    parsed.password = '***';
  }
  return parsed.toString();
}

async function recreateDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) {
    throw new Error(`${hidePassword(url)} names no database`);
  }
  let admin;
  for (const maintenance of ['postgres', 'template1']) {
    const adminUrl = new URL(url);
    adminUrl.pathname = `/${maintenance}`;
    admin = new pg.Client({ connectionString: adminUrl.toString() });
    try {
      await admin.connect();
      break;
    } catch (error) {
      admin = undefined;
      if (maintenance === 'template1') {
        throw error;
      }
    }
  }
  try {
    const database = admin.escapeIdentifier(name);
    console.log(`dropping database ${name}`);
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    console.log(`creating database ${name}`);
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
}

/** The app's own PostgreSQL is running (its parent, a Node process, is alive): resetting would pull it away. */
async function runningAppPostmaster(dataDir) {
  const pid = Number.parseInt(
    (await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0],
    10,
  );
  if (!Number.isInteger(pid)) {
    return undefined;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat === undefined) {
    return undefined;
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [state, ppid] = [fields[0], Number.parseInt(fields[1], 10)];
  if (state === 'Z' || ppid <= 1) {
    return undefined; // a zombie, or orphaned by a killed app: startEmbeddedDatabase stops it
  }
  const parent = await readFile(`/proc/${ppid}/cmdline`, 'utf8').catch(() => '');
  return parent.includes('node') ? pid : undefined;
}

await ensureServerBuilt();
const load = (path) => import(pathToFileURL(join(serverDist, path)).href);
const { migrateDatabase } = await load('backend/src/database/migrate.js');

if (process.env.DATABASE_URL) {
  const url = process.env.DATABASE_URL;
  await recreateDatabase(url);
  console.log(`applying migrations to ${hidePassword(url)}`);
  await migrateDatabase(url);
} else {
  const { startEmbeddedDatabase } = await load('backend/src/database/embedded-database.js');
  const dataDir = join(resolve(process.env.DATA_DIR || 'data'), 'postgres');
  const running = await runningAppPostmaster(dataDir);
  if (running) {
    console.error(`BandTrack's PostgreSQL is running on ${dataDir} (pid ${running}): stop the app first.`);
    process.exit(1);
  }
  const port = process.env.EMBEDDED_PG_PORT ? Number.parseInt(process.env.EMBEDDED_PG_PORT, 10) : undefined;
  console.log(`starting the embedded PostgreSQL in ${dataDir}`);
  const server = await startEmbeddedDatabase({ dataDir, databaseName: 'postgres', port });
  try {
    const url = new URL(server.url);
    url.pathname = `/${EMBEDDED_DATABASE}`;
    await recreateDatabase(url.toString());
    console.log(`applying migrations to ${EMBEDDED_DATABASE}`);
    await migrateDatabase(url.toString());
  } finally {
    await server.stop();
  }
}
console.log('database reset done');
