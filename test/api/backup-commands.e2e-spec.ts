import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { newId } from '../../backend/src/shared/application/ids.js';
import { runOperatorCommand } from '../support/operator-command.js';
import { sqlRows } from '../support/sql-rows.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// `npm run backup` and `npm run restore` as an operator runs them (scripts/cli.mjs, real child
// processes): between an external PostgreSQL and the embedded one, both ways.
let workDir: string;
const databases: TestDatabase[] = [];

function run(command: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  return runOperatorCommand({ cli: command }, args, { DATABASE_URL: undefined, DATA_DIR: undefined, ...env });
}

async function aDatabase(migrated: boolean): Promise<string> {
  const database = await createTestDatabase({ migrated });
  databases.push(database);
  return database.url;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(resolve('.test-data'), 'backup-commands-'));
});

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  await rm(workDir, { recursive: true, force: true });
});

describe('the backup and restore commands', () => {
  it('carry a database from external PostgreSQL to the embedded one and back', async () => {
    const external = await aDatabase(true);
    const userId = newId();
    await sqlRows(
      external,
      `insert into users (id, username, display_name, password_hash, created_at) values ($1, 'lea', 'Léa', 'x', now())`,
      [userId],
    );
    const backups = join(workDir, 'backups');
    const backup = await run('backup', [], { DATABASE_URL: external, BACKUP_DIR: backups });
    expect(backup).toMatchObject({
      code: 0,
      stderr: expect.stringMatching(/Backup written at Migration\d+_\w+: 1 rows/),
    });
    const file = backup.stdout.trim();
    expect(file).toMatch(new RegExp(`^${backups}/bandtrack-\\d{8}T\\d{6}Z\\.ndjson\\.gz$`));

    // Into a DATA_DIR with nothing yet: the embedded cluster is created for the command.
    const dataDir = join(workDir, 'data');
    const intoEmbedded = await run('restore', [file], { DATA_DIR: dataDir });
    expect(intoEmbedded).toMatchObject({ code: 0, stderr: expect.stringContaining('Restored 1 rows') });
    const again = await run('restore', [file], { DATA_DIR: dataDir });
    expect(again).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Nothing restored: the database is not empty'),
    });

    const fromEmbedded = await run('backup', [], { DATA_DIR: dataDir });
    expect(fromEmbedded.code).toBe(0);
    expect(fromEmbedded.stdout.trim()).toMatch(new RegExp(`^${join(dataDir, 'backups')}/bandtrack-`));
    const target = await aDatabase(false);
    const back = await run('restore', ['--yes', fromEmbedded.stdout.trim()], { DATABASE_URL: target });
    expect(back.code).toBe(0);
    expect(await sqlRows(target, 'select id, username, display_name from users')).toEqual([
      { id: userId, username: 'lea', display_name: 'Léa' },
    ]);
    // The embedded cluster the commands started is stopped again: no postmaster.pid left.
    expect(await readdir(join(dataDir, 'postgres'))).not.toContain('postmaster.pid');
  });

  it('refuse wrong usage and a file that is not a backup, changing nothing', async () => {
    const target = await aDatabase(false);
    expect((await run('restore', [], { DATABASE_URL: target })).code).toBe(2);
    expect((await run('backup', ['--what'], { DATABASE_URL: target })).code).toBe(2);
    const notABackup = await run('restore', ['package.json'], { DATABASE_URL: target });
    expect(notABackup).toMatchObject({ code: 1, stderr: expect.stringContaining('Nothing restored: not a gzip file') });
    expect(await sqlRows(target, `select count(*)::int as tables from pg_tables where schemaname = 'public'`)).toEqual([
      { tables: 0 },
    ]);
  });
});
