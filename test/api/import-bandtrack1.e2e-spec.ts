import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ApiClient } from '../support/api-client.js';
import { type CommandResult, runOperatorCommand } from '../support/operator-command.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// `npm run import:bandtrack1 -- FILE` (scripts/cli.mjs import-bandtrack1, run as a real child process on the
// test app's database) with the sample database the original BandTrack made, then what its members find
// over HTTP. Expectations are read from the original file itself.
const SAMPLE = resolve('../shared/fixtures/original-bandtrack-sample.db');
const PASSWORDS: Record<string, string> = {
  alice: 'alice-original-pw',
  bob: 'bob-original-pw',
  chloe: 'chloe-original-pw',
};
// Above the original's 100,000, so an imported hash is one to raise at the next sign-in.
const ITERATIONS_TODAY = 200_000;
const BUILD_TIMEOUT_MS = 240_000; // the first run compiles dist/server when it is out of date
const TABLES = ['users', 'bands', 'memberships', 'suggestions', 'votes', 'songs', 'member_progress', 'gigs'];
const ALL_TABLES = [...TABLES, 'setlist_entries', 'rehearsals', 'import_origin'];

let testApp: TestApp;
let firstRun: CommandResult;
let scratch: string;

function importCommand(args: string[]): Promise<CommandResult> {
  return runOperatorCommand({ cli: 'import-bandtrack1' }, args, { DATABASE_URL: testApp.databaseUrl! });
}

async function query<Row>(text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: testApp.databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

async function rowCounts(): Promise<Record<string, number>> {
  const counts = await query<Record<string, string>>(
    `select ${ALL_TABLES.map((table) => `(select count(*) from ${table}) as ${table}`).join(', ')}`,
  );
  return Object.fromEntries(Object.entries(counts[0]!).map(([table, count]) => [table, Number(count)]));
}

/** The sample as the original stored it. */
function original<Row>(sql: string): Row[] {
  const db = new DatabaseSync(SAMPLE, { readOnly: true });
  try {
    return db.prepare(sql).all() as Row[];
  } finally {
    db.close();
  }
}

async function signedIn(username: string): Promise<ApiClient> {
  const api = new ApiClient(testApp.baseUrl);
  const response = await api.post('/api/auth/login', { username, password: PASSWORDS[username] });
  expect(response.status).toBe(200);
  return api;
}

async function theBandOf(api: ApiClient): Promise<string> {
  const bands = (await api.get('/api/bands')).body;
  expect(bands).toHaveLength(1);
  return bands[0].id;
}

beforeAll(async () => {
  testApp = await startTestApp({ PASSWORD_HASH_ITERATIONS: String(ITERATIONS_TODAY) });
  scratch = await mkdtemp(join(tmpdir(), 'bandtrack-import-'));
  firstRun = await importCommand([SAMPLE]);
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await testApp.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('npm run import:bandtrack1', () => {
  it('brings in as many rows as the original holds, and says so table by table', async () => {
    expect(firstRun).toMatchObject({ code: 0, stderr: expect.not.stringContaining('Nothing was imported') });
    const count = (sql: string) => Number(original<{ n: number }>(`select count(*) as n from ${sql}`)[0]!.n);
    const expected = {
      users: count('users'),
      // group 1 has no row in groups and holds nothing: it is left out, with its memberships
      bands: count('groups'),
      memberships: count('memberships where group_id in (select id from groups) and active = 1'),
      suggestions: count('suggestions'),
      votes: count('suggestion_votes'),
      songs: count('rehearsals'),
      member_progress: original<{ levels_json: string; notes_json: string }>(
        'select levels_json, notes_json from rehearsals',
      ).reduce(
        (sum, row) =>
          sum + new Set([...Object.keys(JSON.parse(row.levels_json)), ...Object.keys(JSON.parse(row.notes_json))]).size,
        0,
      ),
      gigs: count('performances'),
      rehearsals: count('rehearsal_events'),
    };
    expect(expected).toEqual({
      users: 3,
      bands: 1,
      memberships: 3,
      suggestions: 4,
      votes: 5,
      songs: 5,
      member_progress: 14,
      gigs: 1,
      rehearsals: 2,
    });
    expect(await rowCounts()).toMatchObject(expected);
    const lines = firstRun.stdout.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ {2}users → accounts +3 brought in$/),
        expect.stringMatching(/^ {2}groups → bands +1 brought in$/),
        expect.stringMatching(/^ {2}memberships → members +3 brought in$/),
        expect.stringMatching(/^ {2}suggestion_votes → votes +5 brought in$/),
        expect.stringMatching(/^ {2}levels_json, notes_json → levels and notes +14 brought in$/),
        expect.stringMatching(/^ {2}rehearsal_events → rehearsals +2 brought in$/),
        "  - group 1: no row in groups and nothing in it (the original's default group), left out",
      ]),
    );
  });

  it('writes the activity lines of what it brought in, once all of it is in', async () => {
    const lines = await query<{ type: string; n: string }>('select type, count(*) as n from activity group by type');
    const mastered = Number(original<{ n: number }>('select count(*) as n from rehearsals where mastered = 1')[0]!.n);
    expect(Object.fromEntries(lines.map(({ type, n }) => [type, Number(n)]))).toEqual({
      'band.formed': 1,
      'member.joined': 2,
      'suggestion.proposed': 4,
      'song.added': 5,
      'song.mastered': mastered,
      'gig.planned': 1,
      'setlist.changed': 1,
      'rehearsal.planned': 2,
    });
  });

  it('signs each member in with their original password, then keeps a hash at today’s cost', async () => {
    const hashOf = async (username: string) =>
      (await query<{ password_hash: string }>('select password_hash from users where username = $1', [username]))[0]!
        .password_hash;
    expect(await hashOf('alice')).toMatch(/^pbkdf2_sha256\$100000\$/);
    const refused = await new ApiClient(testApp.baseUrl).post('/api/auth/login', {
      username: 'alice',
      password: 'bob-original-pw',
    });
    expect(refused.status).toBe(401);
    for (const username of Object.keys(PASSWORDS)) {
      const api = await signedIn(username);
      expect((await api.get('/api/me')).body).toMatchObject({ username, displayName: username });
      expect(await hashOf(username)).toMatch(new RegExp(`^pbkdf2_sha256\\$${ITERATIONS_TODAY}\\$`));
    }
    await signedIn('alice'); // the new hash opens with the same password
  });

  it('makes the group a band with its roles: the owner admin, the others members', async () => {
    const alice = await signedIn('alice');
    const bandId = await theBandOf(alice);
    const band = (await alice.get(`/api/bands/${bandId}`)).body;
    expect(band).toMatchObject({ name: 'Les Copains du Jeudi', template: 'classic', timezone: 'Europe/Paris' });
    expect(band.inviteCode).toMatch(/^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/); // RB9W9R follows no rule here
    const members = (await alice.get(`/api/bands/${bandId}/members`)).body;
    expect(
      Object.fromEntries(
        members.map((member: { displayName: string; role: string }) => [member.displayName, member.role]),
      ),
    ).toEqual({
      alice: 'admin',
      bob: 'member',
      chloe: 'member',
    });
    expect((await (await signedIn('bob')).get('/api/me')).body.activeBandId).toBe(bandId);
  });

  it('brings the suggestions with their votes', async () => {
    const bob = await signedIn('bob');
    const items = (await bob.get(`/api/bands/${await theBandOf(bob)}/suggestions?sort=votes`)).body.items;
    const votes = original<{ title: string; votes: number; bob: number }>(
      `select title, (select count(*) from suggestion_votes v where v.suggestion_id = s.id) as votes,
              (select count(*) from suggestion_votes v where v.suggestion_id = s.id and v.user_id = 2) as bob
       from suggestions s`,
    );
    expect(
      items
        .map((item: { title: string; votes: number; votedByMe: boolean }) => [item.title, item.votes, item.votedByMe])
        .sort(),
    ).toEqual(votes.map((row) => [row.title, row.votes, row.bob === 1]).sort());
    const telephone = items.find((item: { title: string }) => item.title.startsWith('Chanson 4'));
    expect(telephone).toMatchObject({
      artist: 'Téléphone',
      links: ['https://www.youtube.com/watch?v=dQw4w9WgXc3'],
      createdBy: { displayName: 'alice' },
    });
  });

  it('gives each member their level and their private note, visible to them alone', async () => {
    const songs = original<{ title: string; levels_json: string; notes_json: string; mastered: number }>(
      'select title, levels_json, notes_json, mastered from rehearsals',
    );
    for (const username of Object.keys(PASSWORDS)) {
      const api = await signedIn(username);
      const list = (await api.get(`/api/bands/${await theBandOf(api)}/songs`)).body.items;
      expect(list).toHaveLength(songs.length);
      for (const song of songs) {
        const item = list.find((candidate: { title: string }) => candidate.title === song.title);
        expect(item.mastered).toBe(song.mastered === 1);
        const levels: Record<string, number> = JSON.parse(song.levels_json);
        const notes: Record<string, string> = JSON.parse(song.notes_json);
        const detail = (await api.get(`/api/songs/${item.id}`)).body;
        expect(detail.myProgress).toEqual(
          username in levels ? { level: levels[username], note: notes[username] ?? null } : null,
        );
        const others = Object.entries(levels).filter(([name]) => name !== username);
        expect([...detail.levels].sort()).toEqual(others.map(([, level]) => level).sort());
        // another member's note shows nowhere in what this member is sent
        for (const [author, note] of Object.entries(notes)) {
          if (author !== username) expect(JSON.stringify(detail)).not.toContain(note);
        }
      }
    }
  });

  it('puts the performance and the rehearsal events on the band’s clock (Europe/Paris), the setlist in order', async () => {
    const chloe = await signedIn('chloe');
    const bandId = await theBandOf(chloe);
    const from = encodeURIComponent('2026-01-01T00:00:00Z');
    const to = encodeURIComponent('2026-12-31T00:00:00Z');
    const agenda = (await chloe.get(`/api/bands/${bandId}/agenda?from=${from}&to=${to}`)).body.items;
    expect(agenda.map(({ type, startsAt, location }: Record<string, string>) => [type, startsAt, location])).toEqual([
      ['rehearsal', '2026-01-10T19:00:00.000Z', 'Studio 1'], // 20:00 in winter, UTC+1
      ['rehearsal', '2026-02-11T19:00:00.000Z', 'Studio 2'],
      ['gig', '2026-06-21T19:00:00.000Z', 'Fête de la musique'], // 21:00 in summer, UTC+2
    ]);
    const gig = (await chloe.get(`/api/gigs/${agenda[2].id}`)).body;
    expect(gig.title).toBe('Concert Les Copains du Jeudi');
    const titles = new Map(
      original<{ id: number; title: string }>('select id, title from rehearsals').map((row) => [row.id, row.title]),
    );
    const [performance] = original<{ songs_json: string }>('select songs_json from performances');
    expect(gig.setlist.items.map((item: { title: string }) => item.title)).toEqual(
      (JSON.parse(performance!.songs_json) as number[]).map((id) => titles.get(id)),
    );
  });

  it('changes nothing when run again', async () => {
    const before = await rowCounts();
    const again = await importCommand([SAMPLE]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^ {2}users → accounts +0 brought in \(3 already brought in by an earlier import\)$/m);
    expect(again.stdout).not.toMatch(/[1-9]\d* brought in$/m);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a file that is not an original BandTrack database, or no file, and writes nothing', async () => {
    const before = await rowCounts();
    const foreign = join(scratch, 'other-app.db');
    const db = new DatabaseSync(foreign);
    db.exec('create table users (id integer primary key, username text); create table notes (id integer, text text)');
    db.close();
    const cases: [string, RegExp][] = [
      [foreign, /is not a database of the original BandTrack: it has no column users\.salt, .*table groups/],
      [
        resolve('../shared/fixtures/README.md'),
        /is not a database of the original BandTrack: it is not a SQLite database/,
      ],
      [join(scratch, 'missing.db'), /There is no file at .*missing\.db/],
    ];
    for (const [file, message] of cases) {
      const result = await importCommand([file]);
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr).toMatch(/^Nothing was imported\. /m);
      expect(result.stderr).toMatch(message);
    }
    expect((await importCommand([])).code).toBe(2);
    expect(await rowCounts()).toEqual(before);
  });
});
