import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { migrationsList } from '../../migrations/index.js';
import { BackupError } from '../../backend/src/database/backup/backup-archive.js';
import { restoreBackup } from '../../backend/src/database/backup/restore-backup.js';
import { takeBackup } from '../../backend/src/database/backup/take-backup.js';
import { createOrmConfig } from '../../backend/src/database/mikro-orm.config.js';
import { newId } from '../../backend/src/shared/application/ids.js';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { sqlRows } from '../support/sql-rows.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Online backups (ADR 0048): a snapshot of a running BandTrack, restored into an empty database of
// this version, whatever version took it.
let directory: string;
const databases: TestDatabase[] = [];

beforeAll(async () => {
  directory = await mkdtemp(join(resolve('.test-data'), 'backups-'));
});

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  await rm(directory, { recursive: true, force: true });
});

async function aDatabase(migrated: boolean): Promise<string> {
  const database = await createTestDatabase({ migrated });
  databases.push(database);
  return database.url;
}

let taken = 0;
async function backupOf(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One second apart: the file is named after the time.
    const now = new Date(Date.UTC(2026, 11, 2, 3, 0, taken++));
    return (await takeBackup({ client, directory, appVersion: '0.1.0-test', now })).file;
  } finally {
    await client.end();
  }
}

/** Everything the tables hold, table by table, as text: two databases compare equal when their data does. */
async function contents(url: string): Promise<Record<string, string[]>> {
  const tables = await sqlRows<{ name: string }>(
    url,
    `select tablename as name from pg_tables where schemaname = 'public'
       and tablename not in ('mikro_orm_migrations', 'scheduled_jobs') order by 1`,
  );
  const all: Record<string, string[]> = {};
  for (const { name } of tables) {
    all[name] = (await sqlRows<{ row: string }>(url, `select t::text as row from "${name}" t order by 1`)).map(
      (r) => r.row,
    );
  }
  return all;
}

describe('a backup taken during a vote storm', () => {
  let app: TestApp;
  let members: Person[];
  let suggestions: string[];

  beforeAll(async () => {
    app = await startTestApp();
    const fixture = new BandFixture(app.baseUrl);
    const admin = await fixture.person('Admin');
    members = [];
    for (let i = 0; i < 24; i++) members.push(await fixture.person(`m${i}`));
    const bandId = await fixture.band(
      admin,
      members.map((member) => [member, 'member']),
    );
    suggestions = [];
    for (let i = 0; i < 12; i++) {
      suggestions.push((await admin.post(`/api/bands/${bandId}/suggestions`, { title: `Song ${i}` })).body.id);
    }
  });

  afterAll(() => app.close());

  it('restores every vote acknowledged before it started, with counts matching the votes', async () => {
    const acknowledged: { at: number; userId: string; suggestionId: string }[] = [];
    // Each member votes for every suggestion in turn, all members at once.
    const storm = Promise.all(
      members.map(async (member) => {
        for (const suggestionId of suggestions) {
          const response = await member.post(`/api/suggestions/${suggestionId}/vote`);
          expect(response.status).toBe(200);
          acknowledged.push({ at: performance.now(), userId: member.id, suggestionId });
        }
      }),
    );
    while (acknowledged.length < 60) await new Promise((resolve) => setTimeout(resolve, 10));
    const startedAt = performance.now();
    const file = await backupOf(app.databaseUrl!);
    await storm;
    const before = acknowledged.filter((vote) => vote.at < startedAt);
    expect(acknowledged.length).toBe(members.length * suggestions.length);

    const target = await aDatabase(false);
    await restoreBackup({ clientUrl: target, file, replace: false });
    const restored = new Set(
      (await sqlRows<{ key: string }>(target, `select user_id || ':' || suggestion_id as key from votes`)).map(
        (r) => r.key,
      ),
    );
    expect(before.filter((vote) => !restored.has(`${vote.userId}:${vote.suggestionId}`))).toEqual([]);
    const mismatched = await sqlRows(
      target,
      `select s.id from suggestions s where s.vote_count <> (select count(*) from votes v where v.suggestion_id = s.id)`,
    );
    expect(mismatched).toEqual([]);
    // Members, sessions and bands came back too: the restored database signs them in.
    const [restoredMembers] = await sqlRows<{ count: string }>(target, 'select count(*) from memberships');
    expect(Number(restoredMembers!.count)).toBe(members.length + 1);
  });
});

describe('a backup of an older BandTrack', () => {
  const OLDER = 'Migration20261202022732_band_current_time_zones';

  it('restores into this version: the rows at the older schema, then the newer migrations, figures kept', async () => {
    const source = await aDatabase(false);
    const orm = await MikroORM.init(createOrmConfig({ clientUrl: source, logger: () => undefined }));
    try {
      await orm.migrator.up({ to: OLDER });
    } finally {
      await orm.close(true);
    }
    const [userId, bandId, songId] = [newId(), newId(), newId()];
    const tricky = `Zoé "la" O'Brien \\ ? 🎸\nsecond line`;
    await sqlRows(
      source,
      `insert into users (id, username, display_name, password_hash, created_at) values ($1, 'zoe', $2, 'x', now())`,
      [userId, tricky],
    );
    await sqlRows(
      source,
      `insert into bands (id, name, invite_code, created_at) values ($1, 'B', 'abcdefghijk', now())`,
      [bandId],
    );
    await sqlRows(
      source,
      `insert into memberships (band_id, user_id, role, joined_at) values ($1, $2, 'admin', now())`,
      [bandId, userId],
    );
    await sqlRows(
      source,
      `insert into songs (id, band_id, title, created_at, search_text, links) values ($1, $2, 'Valerie', now(), 'valerie', '{"https://a.example/?x=1"}')`,
      [songId, bandId],
    );
    await sqlRows(
      source,
      `insert into member_progress (song_id, user_id, level, note, updated_at) values ($1, $2, 7, 'bridge', now())`,
      [songId, userId],
    );
    const file = await backupOf(source);
    expect(JSON.parse((await gunzipFirstLine(file)).toString())).toMatchObject({ migration: OLDER, app: '0.1.0-test' });

    const target = await aDatabase(false);
    const { header } = await restoreBackup({ clientUrl: target, file, replace: false });
    expect(header.migration).toBe(OLDER);
    const applied = await sqlRows<{ name: string }>(target, 'select name from mikro_orm_migrations order by id');
    expect(applied.map((row) => row.name)).toEqual(migrationsList.map((migration) => migration.name));
    expect(await sqlRows(target, 'select display_name from users')).toEqual([{ display_name: tricky }]);
    // The trigger that sums levels did not count the restored level twice.
    expect(await sqlRows(target, 'select level_sum, rated_by, links from songs')).toEqual([
      { level_sum: 7, rated_by: 1, links: ['https://a.example/?x=1'] },
    ]);
    expect(await sqlRows(target, 'select level, note from member_progress')).toEqual([{ level: 7, note: 'bridge' }]);
  });
});

async function gunzipFirstLine(file: string): Promise<Buffer> {
  const { gunzipSync } = await import('node:zlib');
  const text = gunzipSync(await readFile(file));
  return text.subarray(0, text.indexOf(10));
}

describe('a restore that must not happen', () => {
  let source: string;
  let file: string;
  let target: string;

  beforeAll(async () => {
    source = await aDatabase(true);
    await sqlRows(
      source,
      `insert into users (id, username, display_name, password_hash, created_at) values ($1, 'lea', 'Léa', 'x', now())`,
      [newId()],
    );
    file = await backupOf(source);
    target = await aDatabase(true);
    await sqlRows(
      target,
      `insert into users (id, username, display_name, password_hash, created_at) values ($1, 'sam', 'Sam', 'x', now())`,
      [newId()],
    );
  });

  it('refuses a database that holds data, leaving it as it was; replaces it when told to', async () => {
    const before = await contents(target);
    await expect(restoreBackup({ clientUrl: target, file, replace: false })).rejects.toThrow(
      new BackupError('the database is not empty (users hold rows): pass --yes to replace everything in it'),
    );
    expect(await contents(target)).toEqual(before);

    await restoreBackup({ clientUrl: target, file, replace: true });
    expect(await contents(target)).toEqual(await contents(source));
  });

  it.each([
    ['a truncated archive', async (good: Buffer) => good.subarray(0, Math.floor(good.length / 2)), /truncated/],
    ['a file that is not gzip', async () => Buffer.from('pg_dump custom format? no: plain text\n'), /not a gzip file/],
    ['gzip of something else', async () => gzipSync('{"hello":"world"}\n'), /not a BandTrack backup/],
    [
      'an archive cut before its end record',
      async (good: Buffer) => {
        const text = (await import('node:zlib')).gunzipSync(good).toString();
        return gzipSync(text.slice(0, text.lastIndexOf('{"end"')));
      },
      /stops before its end record/,
    ],
    [
      'an archive whose rows do not match its counts',
      async (good: Buffer) => {
        const text = (await import('node:zlib')).gunzipSync(good).toString();
        return gzipSync(text.replace(/"users":1/, '"users":2'));
      },
      /do not match the counts/,
    ],
  ])('refuses %s with a clear error and writes nothing', async (_name, damage, message) => {
    const bad = join(directory, `bad-${newId()}.ndjson.gz`);
    await writeFile(bad, await damage(await readFile(file)));
    const before = await contents(target);
    const refusal = restoreBackup({ clientUrl: target, file: bad, replace: true });
    await expect(refusal).rejects.toBeInstanceOf(BackupError);
    await expect(refusal).rejects.toThrow(message);
    expect(await contents(target)).toEqual(before);
  });

  it('leaves no partial file when a backup fails', async () => {
    const empty = await aDatabase(false);
    const files = await readdir(directory);
    await expect(backupOf(empty)).rejects.toThrow(/no migration applied/);
    expect(await readdir(directory)).toEqual(files);
  });
});
