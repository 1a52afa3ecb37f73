import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
const logLines: string[] = [];
let fixture: BandFixture;
let lea: Person;
let sam: Person;
let max: Person;
let bandId: string;

beforeAll(async () => {
  testApp = await startTestApp({ LOG_LEVEL: 'debug' }, { write: (line: string) => logLines.push(line) });
  fixture = new BandFixture(testApp.baseUrl);
  [lea, sam, max] = [await fixture.person('Léa'), await fixture.person('Sam'), await fixture.person('Max')];
  bandId = await fixture.band(lea, [
    [sam, 'member'],
    [max, 'manager'],
  ]);
});
afterAll(() => testApp.close());

const PROBLEM = 'application/problem+json; charset=utf-8';

describe('songs and progress over HTTP', () => {
  it('adds a song, rates it from three members and shows the average', async () => {
    const created = await max.post(`/api/bands/${bandId}/songs`, {
      title: 'Zombie',
      artist: 'The Cranberries',
      key: 'Mi mineur',
      bpm: 84,
      durationSec: 306,
      links: ['https://open.spotify.com/track/7EZC6E7UjZe63f1jRmkWxt'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Zombie',
      key: 'Mi mineur',
      bpm: 84,
      durationSec: 306,
      mastered: false,
      votesAtPromotion: null,
      players: [
        {
          provider: 'spotify',
          embedUrl: 'https://open.spotify.com/embed/track/7EZC6E7UjZe63f1jRmkWxt',
        },
      ],
      myProgress: null,
      levels: [],
      bandAverageLevel: null,
      ratedBy: 0,
    });
    const id = created.body.id;
    await lea.put(`/api/songs/${id}/progress`, { level: 9 });
    await max.put(`/api/songs/${id}/progress`, { level: 4 });
    const rated = await sam.put(`/api/songs/${id}/progress`, { level: 2, note: 'Le pont' });
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({
      myProgress: { level: 2, note: 'Le pont' },
      levels: [4, 9],
      bandAverageLevel: 5,
      ratedBy: 3,
    });
    const list = await sam.get(`/api/bands/${bandId}/songs?status=learning&q=cranberries`);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id, title: 'Zombie', mastered: false, myLevel: 2, bandAverageLevel: 5, ratedBy: 3 }),
    ]);
    expect((await max.patch(`/api/songs/${id}`, { mastered: true })).body).toMatchObject({ mastered: true });
    expect((await sam.get(`/api/bands/${bandId}/songs?status=learning`)).body.items).toEqual([]);
    expect((await sam.get(`/api/bands/${bandId}/songs?status=mastered`)).body.items).toHaveLength(1);
    expect((await max.delete(`/api/songs/${id}`)).status).toBe(204);
    expect((await sam.get(`/api/songs/${id}`)).status).toBe(404);
  });

  it('promotes a suggestion two members voted for, and demotes it back', async () => {
    const suggested = await sam.post(`/api/bands/${bandId}/suggestions`, {
      title: 'Wonderwall',
      artist: 'Oasis',
      versionOf: 'Oasis',
      links: ['https://youtu.be/bx1Bh8ZvH84'],
    });
    const id = suggested.body.id;
    await sam.post(`/api/suggestions/${id}/vote`);
    await lea.post(`/api/suggestions/${id}/vote`);
    const promoted = await max.post(`/api/suggestions/${id}/promote`);
    expect(promoted.status).toBe(201);
    expect(promoted.body.song).toMatchObject({
      id,
      title: 'Wonderwall',
      artist: 'Oasis',
      versionOf: 'Oasis',
      links: ['https://youtu.be/bx1Bh8ZvH84'],
      players: [{ provider: 'youtube', embedUrl: 'https://www.youtube-nocookie.com/embed/bx1Bh8ZvH84' }],
      votesAtPromotion: 2,
    });
    expect((await sam.post(`/api/suggestions/${id}/vote`)).status).toBe(404);
    expect((await max.post(`/api/suggestions/${id}/promote`)).status).toBe(404);
    const suggestionsNow = (await sam.get(`/api/bands/${bandId}/suggestions`)).body.items;
    expect(suggestionsNow.map((item: { id: string }) => item.id)).not.toContain(id);
    await sam.put(`/api/songs/${id}/progress`, { level: 7 });

    const demoted = await max.post(`/api/songs/${id}/demote`);
    expect(demoted.status).toBe(201);
    expect(demoted.body.suggestion).toMatchObject({
      id,
      title: 'Wonderwall',
      createdBy: { id: sam.id, displayName: 'Sam' },
      votes: 0,
      votedByMe: false,
    });
    expect((await sam.get(`/api/songs/${id}`)).status).toBe(404);
    expect((await sam.post(`/api/suggestions/${id}/vote`)).body).toEqual({ votes: 1, votedByMe: true });
    await sam.delete(`/api/suggestions/${id}`);
  });

  it('never shows a member’s note to anyone else: not in a song, a list, an answer or a log line', async () => {
    const id = (await max.post(`/api/bands/${bandId}/songs`, { title: 'Creep' })).body.id;
    const secret = 'note-privee-de-sam-7f3a';
    await sam.put(`/api/songs/${id}/progress`, { level: 5, note: secret });
    const seenByOthers = [
      await lea.get(`/api/songs/${id}`),
      await max.get(`/api/songs/${id}`),
      await lea.get(`/api/bands/${bandId}/songs`),
      await max.put(`/api/songs/${id}/progress`, { level: 3, note: 'mine' }),
      await max.patch(`/api/songs/${id}`, { bpm: 92 }),
    ];
    for (const response of seenByOthers) {
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).not.toContain(secret);
    }
    expect((await lea.get(`/api/songs/${id}`)).body.levels).toEqual([3, 5]);
    expect((await sam.get(`/api/songs/${id}`)).body.myProgress).toEqual({ level: 5, note: secret });
    expect((await sam.put(`/api/songs/${id}/progress`, { level: 6 })).body.myProgress).toEqual({
      level: 6,
      note: secret,
    });
    expect(logLines.length).toBeGreaterThan(5);
    expect(logLines.join('\n')).not.toContain(secret);
  });

  it('lets pages frame YouTube’s privacy-enhanced player and Spotify’s, and nothing else', async () => {
    const policy = (await sam.get('/api/health')).headers.get('content-security-policy')!;
    const directives = Object.fromEntries(
      policy.split(';').map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    expect(directives['frame-src']).toEqual(['https://www.youtube-nocookie.com', 'https://open.spotify.com']);
    expect(directives['child-src']).toBeUndefined();
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
  });

  it('marks every song answer private, so no shared cache keeps a note', async () => {
    const id = (await max.post(`/api/bands/${bandId}/songs`, { title: 'Linger' })).body.id;
    for (const response of [
      await sam.get(`/api/songs/${id}`),
      await sam.put(`/api/songs/${id}/progress`, { level: 1, note: 'n' }),
      await sam.get(`/api/bands/${bandId}/songs`),
    ]) {
      expect(response.headers.get('cache-control')).toBe('private, no-cache');
    }
  });

  it('refuses bad levels, notes and song fields with 400 problem+json, and changes nothing', async () => {
    const id = (await max.post(`/api/bands/${bandId}/songs`, { title: 'Dreams' })).body.id;
    await sam.put(`/api/songs/${id}/progress`, { level: 4, note: 'kept' });
    for (const body of [
      { level: 11 },
      { level: -1 },
      { level: 5.5 },
      { level: '5' },
      { level: null },
      {},
      { level: 5, note: 'x'.repeat(2001) },
      { level: 5, note: 42 },
      { level: 5, extra: true },
      { level: 5, note: 'nul\u0000' },
    ]) {
      const response = await sam.put(`/api/songs/${id}/progress`, body);
      expect([JSON.stringify(body), response.status, response.headers.get('content-type')]).toEqual([
        JSON.stringify(body),
        400,
        PROBLEM,
      ]);
    }
    expect((await sam.get(`/api/songs/${id}`)).body.myProgress).toEqual({ level: 4, note: 'kept' });

    for (const body of [
      { bpm: 0 },
      { bpm: 92.5 },
      { durationSec: 100000 },
      { key: 'x'.repeat(21) },
      { mastered: 'yes' },
      { title: null },
      { title: 'x'.repeat(10_240) },
      { links: ['javascript:alert(1)'] },
      { votesAtPromotion: 99 },
    ]) {
      const response = await max.patch(`/api/songs/${id}`, body);
      expect([JSON.stringify(body).slice(0, 40), response.status]).toEqual([JSON.stringify(body).slice(0, 40), 400]);
      expect(response.headers.get('content-type')).toBe(PROBLEM);
    }
    expect((await max.get(`/api/songs/${id}`)).body).toMatchObject({
      title: 'Dreams',
      bpm: null,
      mastered: false,
      votesAtPromotion: null,
    });
    for (const query of ['?status=done', '?unknown=1', `?q=${'x'.repeat(101)}`]) {
      expect((await sam.get(`/api/bands/${bandId}/songs${query}`)).status).toBe(400);
    }
  });

  it('pages through the repertoire in each order with a cursor; a tampered cursor is 400', async () => {
    const band = await fixture.band(lea, [
      [sam, 'member'],
      [max, 'manager'],
    ]);
    const ids: Record<string, string> = {};
    for (const title of ['Zombie', 'Creep', 'Élan', 'Africa', 'Hallelujah']) {
      ids[title] = (await max.post(`/api/bands/${band}/songs`, { title })).body.id;
    }
    await sam.put(`/api/songs/${ids['Zombie']}/progress`, { level: 7 });
    await sam.put(`/api/songs/${ids['Creep']}/progress`, { level: 2 });
    await lea.put(`/api/songs/${ids['Creep']}/progress`, { level: 9 });
    await lea.put(`/api/songs/${ids['Africa']}/progress`, { level: 4 });
    const titles = async (sort: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query = `?status=learning&sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await sam.get(`/api/bands/${band}/songs${query}`);
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((song: { title: string }) => song.title));
        cursor = page.body.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await titles('title')).toEqual(['Africa', 'Creep', 'Élan', 'Hallelujah', 'Zombie']);
    expect(await titles('myLevel')).toEqual(['Africa', 'Élan', 'Hallelujah', 'Creep', 'Zombie']);
    expect(await titles('bandAverage')).toEqual(['Élan', 'Hallelujah', 'Africa', 'Creep', 'Zombie']);
    expect((await sam.get(`/api/bands/${band}/songs`)).body).toMatchObject({ nextCursor: null });

    const { nextCursor } = (await sam.get(`/api/bands/${band}/songs?sort=myLevel&limit=1`)).body;
    const decoded = JSON.parse(Buffer.from(nextCursor, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...decoded, l: 11.5, i: 'x' })).toString('base64url');
    for (const query of [
      `?sort=myLevel&cursor=${nextCursor.slice(0, -2)}`,
      `?sort=myLevel&cursor=${forged}`,
      `?sort=bandAverage&cursor=${nextCursor}`,
      `?sort=myLevel&q=zombie&cursor=${nextCursor}`,
      '?sort=level',
      '?limit=0',
      '?limit=201',
    ]) {
      const response = await sam.get(`/api/bands/${band}/songs${query}`);
      expect([query, response.status]).toEqual([query, 400]);
      expect(response.headers.get('content-type')).toBe(PROBLEM);
    }
    expect((await sam.get(`/api/bands/${band}/songs?sort=myLevel&cursor=${forged}`)).body.code).toBe(
      'REPERTOIRE.INVALID_CURSOR',
    );
    expect((await sam.get(`/api/bands/${band}/songs?sort=myLevel&cursor=${nextCursor}`)).body.items).toHaveLength(4);
  });

  it('pages by my level and the band’s in SQL: equal levels and unrated songs, none twice, none missed', async () => {
    const band = await fixture.band(lea, [
      [sam, 'member'],
      [max, 'manager'],
    ]);
    interface Made {
      id: string;
      title: string;
      mastered: boolean;
      mine: number | null;
      levels: number[];
    }
    const made: Made[] = [];
    for (let i = 1; i <= 20; i++) {
      const title = `Song ${String(i).padStart(2, '0')}`;
      const id = (await max.post(`/api/bands/${band}/songs`, { title })).body.id as string;
      const song: Made = { id, title, mastered: i % 5 === 0, mine: null, levels: [] };
      if (song.mastered) await max.patch(`/api/songs/${id}`, { mastered: true });
      if (i % 3 !== 0) {
        song.mine = i % 4; // many songs share a level
        await sam.put(`/api/songs/${id}/progress`, { level: song.mine });
        song.levels.push(song.mine);
      }
      if (i % 2 === 0) {
        const level = (i * 3) % 11;
        await lea.put(`/api/songs/${id}/progress`, { level });
        song.levels.push(level);
      }
      made.push(song);
    }
    const average = (song: Made) =>
      song.levels.length ? song.levels.reduce((sum, level) => sum + level, 0) / song.levels.length : -1;
    const byKey = (key: (song: Made) => number) => (a: Made, b: Made) =>
      key(a) - key(b) || (a.title < b.title ? -1 : 1);
    const expected = (sort: 'myLevel' | 'bandAverage', status?: 'learning') =>
      made
        .filter((song) => !status || !song.mastered)
        .sort(byKey(sort === 'myLevel' ? (song) => song.mine ?? -1 : average))
        .map((song) => song.title);
    const paged = async (sort: string, status?: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query = new URLSearchParams({ sort, limit: '3', ...(status ? { status } : {}) });
        if (cursor) query.set('cursor', cursor);
        const page = await sam.get(`/api/bands/${band}/songs?${query}`);
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((song: { title: string }) => song.title));
        cursor = page.body.nextCursor;
      } while (cursor);
      return seen;
    };
    for (const sort of ['myLevel', 'bandAverage'] as const) {
      expect(await paged(sort)).toEqual(expected(sort));
      expect(await paged(sort, 'learning')).toEqual(expected(sort, 'learning'));
    }
    const first = (await sam.get(`/api/bands/${band}/songs?sort=myLevel&limit=3`)).body;
    expect(first.items.map((song: { myLevel: number | null }) => song.myLevel)).toEqual([null, null, null]);
    expect(first.items[0]).toMatchObject({ title: 'Song 03', bandAverageLevel: null, ratedBy: 0 });

    // A level no page hands out: not a whole 0–10 for mine, outside 0–10 for the band's.
    const decoded = JSON.parse(Buffer.from(first.nextCursor, 'base64url').toString());
    const forged = (sort: string, l: number) =>
      Buffer.from(JSON.stringify({ ...decoded, s: sort, l })).toString('base64url');
    for (const [sort, level] of [
      ['myLevel', 5.5],
      ['myLevel', 40_000],
      ['myLevel', -1],
      ['bandAverage', 10.5],
      ['bandAverage', -0.5],
    ] as const) {
      const response = await sam.get(`/api/bands/${band}/songs?sort=${sort}&cursor=${forged(sort, level)}`);
      expect([sort, level, response.status, response.body.code]).toEqual([
        sort,
        level,
        400,
        'REPERTOIRE.INVALID_CURSOR',
      ]);
    }
  });
});
