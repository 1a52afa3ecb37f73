#!/usr/bin/env node
// The MikroORM CLI for this repository: `node scripts/mikro-orm.mjs <command> [options]`
// (`npm run migration:create -- --name add-songs`). It reads backend/src/database/mikro-orm.cli.ts
// through tsx (package.json "mikro-orm" settings).
// With DATABASE_URL set, the CLI works on that database. Without it, a throwaway embedded PostgreSQL
// with every committed migration applied stands in, so `migration:create` diffs the entities against
// exactly what the migrations build (it reads migrations/.snapshot-bandtrack.json instead when present).
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'node_modules/@mikro-orm/cli/cli.js');
const args = process.argv.slice(2);

function runCli(env) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit', env });
    child.once('error', fail);
    child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function importTs(path) {
  return tsImport(pathToFileURL(join(root, path)).href, {
    parentURL: import.meta.url,
    tsconfig: join(root, 'backend/tsconfig.json'),
  });
}

async function withThrowawayDatabase(work) {
  const { startEmbeddedDatabase } = await importTs('backend/src/database/embedded-database.ts');
  const { migrateDatabase } = await importTs('backend/src/database/migrate.ts');
  await mkdir(join(root, '.test-data'), { recursive: true });
  const dir = await mkdtemp(join(root, '.test-data', 'cli-'));
  const database = await startEmbeddedDatabase({ dataDir: join(dir, 'postgres'), databaseName: 'bandtrack' });
  try {
    await migrateDatabase(database.url, () => undefined);
    return await work(database.url);
  } finally {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

const code = process.env.DATABASE_URL
  ? await runCli(process.env)
  : await withThrowawayDatabase((url) => runCli({ ...process.env, DATABASE_URL: url }));
process.exitCode = code;
