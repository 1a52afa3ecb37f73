import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiClient } from '../support/api-client.js';
import {
  BUILD_TIMEOUT_MS,
  builtServerEnvironment,
  ensureServerBuilt,
  type ServerEnvironment,
  startBuiltServer,
} from '../support/built-server.js';
import { runOperatorCommand } from '../support/operator-command.js';
import { type ServerProcess } from '../support/server-process.js';

// The operator's commands as an operator types them (`npm run backup`, `npm run restore -- FILE`,
// `npm run import:bandtrack1 -- FILE`) on the embedded PostgreSQL under a DATA_DIR, beside or before
// the built server (dist/server, each in its own process, as `npm start` runs it), then what the
// people find over HTTP.
const COMMAND_TIMEOUT_MS = 120_000;
const SAMPLE = resolve('../shared/fixtures/original-bandtrack-sample.db');
const FROM = encodeURIComponent('2027-01-01T00:00:00Z');
const TO = encodeURIComponent('2027-12-31T00:00:00Z');

let workDir: string;
const servers: ServerProcess[] = [];

/** A BandTrack's environment: its own DATA_DIR (so the embedded PostgreSQL), never the tests' database. */
function environment(name: string): Promise<ServerEnvironment> {
  return builtServerEnvironment({ DATABASE_URL: undefined, DATA_DIR: join(workDir, name) });
}

/** `npm run SCRIPT -- ARGS` from the repository, with the server's environment. */
function npmRun(script: string, args: string[], env: ServerEnvironment) {
  return runOperatorCommand({ npm: script }, args, env, COMMAND_TIMEOUT_MS);
}

async function startServer(env: ServerEnvironment): Promise<ServerProcess> {
  const server = await startBuiltServer(`bandtrack on ${env.DATA_DIR}`, env, `${env.DATA_DIR}.log`);
  servers.push(server);
  return server;
}

async function read(api: ApiClient, path: string): Promise<any> {
  const response = await api.get(path);
  expect({ path, status: response.status }).toEqual({ path, status: 200 });
  return response.body;
}

async function signIn(baseUrl: string, username: string, password: string): Promise<ApiClient> {
  const api = new ApiClient(baseUrl);
  const answer = await api.post('/api/auth/login', { username, password });
  expect({ username, status: answer.status }).toEqual({ username, status: 200 });
  return api;
}

/** Everything a person is shown of their bands: the band, members, suggestions, songs, gigs. */
async function whatTheySee(api: ApiClient): Promise<{ me: any; bands: any[] }> {
  const me = await read(api, '/api/me');
  const bands = [];
  for (const { id } of me.bands) {
    const songs = (await read(api, `/api/bands/${id}/songs`)).items;
    const agenda = (await read(api, `/api/bands/${id}/agenda?from=${FROM}&to=${TO}`)).items;
    bands.push({
      band: await read(api, `/api/bands/${id}`),
      members: await read(api, `/api/bands/${id}/members`),
      suggestions: (await read(api, `/api/bands/${id}/suggestions?sort=votes`)).items,
      songs,
      songDetails: await Promise.all(songs.map((song: { id: string }) => read(api, `/api/songs/${song.id}`))),
      agenda,
      gigs: await Promise.all(
        agenda
          .filter((event: { type: string }) => event.type === 'gig')
          .map((gig: { id: string }) => read(api, `/api/gigs/${gig.id}`)),
      ),
    });
  }
  return { me, bands };
}

beforeAll(async () => {
  await ensureServerBuilt((message) => console.log(message));
  workDir = await mkdtemp(join(resolve('.test-data'), 'operator-commands-'));
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await rm(workDir, { recursive: true, force: true });
});

describe('the operator commands on an embedded DATA_DIR', () => {
  it('back up a running BandTrack and restore it into a fresh DATA_DIR: every band, member, vote, level and note, the same passwords', async () => {
    const people = {
      alice: { password: 'alice sings alto', displayName: 'Alice' },
      bruno: { password: 'bruno on bass', displayName: 'Bruno' },
      chloe: { password: 'chloé aux claviers', displayName: 'Chloé' },
    };
    const notes = {
      alice: 'Alice: the bridge goes up to E',
      bruno: 'Bruno: slap on the second verse',
      chloe: 'Chloé: organ sound 12',
    };
    type Name = keyof typeof people;
    const names = Object.keys(people) as Name[];

    const originalEnv = await environment('original');
    const original = await startServer(originalEnv);
    const api = {} as Record<Name, ApiClient>;
    const ids = {} as Record<Name, string>;
    for (const name of names) {
      api[name] = new ApiClient(original.url);
      const registered = await api[name].post('/api/auth/register', { username: name, ...people[name] });
      expect(registered.status).toBe(201);
      ids[name] = registered.body.user.id;
    }
    const { alice, bruno, chloe } = api;
    const rythmes = (await alice.post('/api/bands', { name: 'Les Rythmes' })).body.band;
    await bruno.post('/api/bands/join', { inviteCode: rythmes.inviteCode });
    await chloe.post('/api/bands/join', { inviteCode: rythmes.inviteCode });
    expect((await alice.patch(`/api/bands/${rythmes.id}/members/${ids.bruno}`, { role: 'manager' })).status).toBe(200);
    const duo = (await chloe.post('/api/bands', { name: 'Duo Acoustique' })).body.band;
    await alice.post('/api/bands/join', { inviteCode: duo.inviteCode });

    const suggest = async (who: ApiClient, bandId: string, title: string) =>
      (await who.post(`/api/bands/${bandId}/suggestions`, { title })).body.id as string;
    const valerie = await suggest(bruno, rythmes.id, 'Valerie');
    const superstition = await suggest(chloe, rythmes.id, 'Superstition');
    const vent = await suggest(alice, rythmes.id, 'Le vent nous portera');
    const jolene = await suggest(alice, duo.id, 'Jolene');
    for (const [who, suggestion] of [
      [alice, valerie],
      [chloe, valerie],
      [bruno, superstition],
      [bruno, vent],
      [chloe, vent],
      [chloe, jolene],
    ] as const) {
      expect((await who.post(`/api/suggestions/${suggestion}/vote`)).status).toBe(200);
    }
    const promoted = (await bruno.post(`/api/suggestions/${vent}/promote`)).body.song.id as string;
    const getLucky = (await alice.post(`/api/bands/${rythmes.id}/songs`, { title: 'Get Lucky', durationSec: 248 })).body
      .id as string;
    const levels: Record<Name, number> = { alice: 7, bruno: 4, chloe: 9 };
    for (const name of names) {
      const saved = await api[name].put(`/api/songs/${getLucky}/progress`, { level: levels[name], note: notes[name] });
      expect(saved.status).toBe(200);
    }
    await chloe.put(`/api/songs/${promoted}/progress`, { level: 2 });
    await bruno.put(`/api/songs/${promoted}/progress`, { level: 6, note: 'Bruno: capo 3' });
    const gig = (
      await bruno.post(`/api/bands/${rythmes.id}/gigs`, {
        title: 'Fête de la musique',
        startsAt: '2027-06-21T20:00:00+02:00',
        location: 'Place du marché',
      })
    ).body.id as string;
    const setlist = { items: [{ songId: getLucky }, { break: true, label: 'Entracte' }, { songId: promoted }] };
    expect((await bruno.put(`/api/gigs/${gig}/setlist`, setlist)).status).toBe(200);
    await alice.put(`/api/gigs/${gig}/attendance`, { status: 'yes', comment: 'I bring the PA' });
    await bruno.put(`/api/gigs/${gig}/attendance`, { status: 'maybe' });
    await chloe.put(`/api/gigs/${gig}/attendance`, { status: 'no', comment: 'On holiday' });

    const before = {} as Record<Name, Awaited<ReturnType<typeof whatTheySee>>>;
    for (const name of names) before[name] = await whatTheySee(api[name]);

    // While it runs: the command finds the server's PostgreSQL under DATA_DIR and leaves it running.
    const backup = await npmRun('backup', [], originalEnv);
    expect(backup).toMatchObject({ code: 0, stderr: expect.stringMatching(/Backup written at Migration\d+_\w+: /) });
    const file = backup.stdout.trim();
    expect(file).toMatch(new RegExp(`^${originalEnv.DATA_DIR}/backups/bandtrack-\\d{8}T\\d{6}Z\\.ndjson\\.gz$`));
    expect((await alice.get('/api/me')).status).toBe(200);
    await original.stop();

    const restoredEnv = await environment('restored');
    const restore = await npmRun('restore', [file], restoredEnv);
    expect(restore).toMatchObject({ code: 0, stderr: expect.stringMatching(/Restored \d+ rows/) });
    const restored = await startServer(restoredEnv);

    expect(
      (await new ApiClient(restored.url).post('/api/auth/login', { username: 'alice', password: 'bruno on bass' }))
        .status,
    ).toBe(401);
    const after = {} as Record<Name, Awaited<ReturnType<typeof whatTheySee>>>;
    for (const name of names) {
      after[name] = await whatTheySee(await signIn(restored.url, name, people[name].password));
      expect(after[name]).toEqual(before[name]);
    }

    // What came back, said once more in plain terms, so the comparison above compares something.
    const [aliceRythmes, aliceDuo] = [rythmes.id, duo.id].map((id) =>
      after.alice.bands.find((band) => band.band.id === id),
    );
    expect(after.alice.me.bands.map((band: { name: string }) => band.name).sort()).toEqual([
      'Duo Acoustique',
      'Les Rythmes',
    ]);
    expect(Object.fromEntries(aliceRythmes.members.map((member: any) => [member.displayName, member.role]))).toEqual({
      Alice: 'admin',
      Bruno: 'manager',
      Chloé: 'member',
    });
    expect(Object.fromEntries(aliceDuo.members.map((member: any) => [member.displayName, member.role]))).toEqual({
      Alice: 'member',
      Chloé: 'admin',
    });
    expect(aliceRythmes.suggestions.map((item: any) => [item.title, item.votes, item.votedByMe])).toEqual([
      ['Valerie', 2, true],
      ['Superstition', 1, false],
    ]);
    expect(aliceDuo.suggestions.map((item: any) => [item.title, item.votes])).toEqual([['Jolene', 1]]);
    expect(aliceRythmes.gigs[0].setlist.items.map((item: any) => item.title ?? item.label)).toEqual([
      'Get Lucky',
      'Entracte',
      'Le vent nous portera',
    ]);
    expect(JSON.stringify(aliceRythmes.gigs[0])).toContain('I bring the PA');
    for (const name of names) {
      const songs = after[name].bands.find((band) => band.band.id === rythmes.id).songDetails;
      const lucky = songs.find((song: { id: string }) => song.id === getLucky);
      expect(lucky.myProgress).toEqual({ level: levels[name], note: notes[name] });
      expect([...lucky.levels].sort()).toEqual(
        names
          .filter((other) => other !== name)
          .map((other) => levels[other])
          .sort(),
      );
      // Each note only to its author, in anything the member is shown.
      const shown = JSON.stringify(after[name]);
      for (const other of names.filter((candidate) => candidate !== name)) expect(shown).not.toContain(notes[other]);
      expect(shown.includes('Bruno: capo 3')).toBe(name === 'bruno');
    }
  }, 240_000); // servers on embedded PostgreSQL and commands: more than jest's minute on a loaded machine

  it('import an original BandTrack into a fresh DATA_DIR with no server running, then the server opens it', async () => {
    const env = await environment('imported');
    const imported = await npmRun('import:bandtrack1', [SAMPLE], env);
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ {2}users → accounts +3 brought in$/m) });
    // The cluster created for the command was stopped after it.
    expect(await readdir(join(env.DATA_DIR!, 'postgres'))).not.toContain('postmaster.pid');
    const server = await startServer(env);

    const db = new DatabaseSync(SAMPLE, { readOnly: true });
    const songs = db.prepare('select title, levels_json, notes_json from rehearsals').all() as {
      title: string;
      levels_json: string;
      notes_json: string;
    }[];
    db.close();
    const bob = await signIn(server.url, 'bob', 'bob-original-pw');
    const [band] = await read(bob, '/api/bands');
    expect(band.name).toBe('Les Copains du Jeudi');
    const repertoire = (await read(bob, `/api/bands/${band.id}/songs`)).items;
    expect(repertoire.map((song: { title: string }) => song.title).sort()).toEqual(
      songs.map((song) => song.title).sort(),
    );
    for (const song of songs) {
      const levels: Record<string, number> = JSON.parse(song.levels_json);
      const notes: Record<string, string> = JSON.parse(song.notes_json);
      const id = repertoire.find((item: { title: string }) => item.title === song.title).id;
      expect((await read(bob, `/api/songs/${id}`)).myProgress).toEqual(
        'bob' in levels ? { level: levels.bob, note: notes.bob ?? null } : null,
      );
    }
  }, 240_000);
});
