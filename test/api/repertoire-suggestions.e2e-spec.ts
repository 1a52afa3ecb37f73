import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let fixture: BandFixture;
let lea: Person;
let sam: Person;
let bandId: string;

beforeAll(async () => {
  testApp = await startTestApp();
  fixture = new BandFixture(testApp.baseUrl);
  lea = await fixture.person('Léa');
  sam = await fixture.person('Sam');
  bandId = await fixture.band(lea, [[sam, 'member']]);
});
afterAll(() => testApp.close());

const suggestions = (query = '') => lea.get(`/api/bands/${bandId}/suggestions${query}`);

describe('suggestions over HTTP', () => {
  it('proposes, votes, edits and deletes a suggestion', async () => {
    const created = await sam.post(`/api/bands/${bandId}/suggestions`, {
      title: 'Zombie',
      artist: 'The Cranberries',
      links: ['https://www.youtube.com/watch?v=6Ejga4kJUts', 'https://example.org/tab'],
      comment: 'Pour la fête',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      title: 'Zombie',
      artist: 'The Cranberries',
      versionOf: null,
      links: ['https://www.youtube.com/watch?v=6Ejga4kJUts', 'https://example.org/tab'],
      players: [
        {
          url: 'https://www.youtube.com/watch?v=6Ejga4kJUts',
          provider: 'youtube',
          embedUrl: 'https://www.youtube-nocookie.com/embed/6Ejga4kJUts',
        },
      ],
      comment: 'Pour la fête',
      createdBy: { id: sam.id, displayName: 'Sam' },
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      votes: 0,
      votedByMe: false,
    });
    const id = created.body.id;
    expect((await lea.post(`/api/suggestions/${id}/vote`)).body).toEqual({ votes: 1, votedByMe: true });
    expect((await lea.post(`/api/suggestions/${id}/vote`)).body).toEqual({ votes: 1, votedByMe: true });
    const edited = await sam.patch(`/api/suggestions/${id}`, { versionOf: 'Originale', comment: null });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Zombie', versionOf: 'Originale', comment: null, votes: 1 });
    expect((await suggestions()).body.items[0]).toMatchObject({ id, votes: 1, votedByMe: true });
    expect((await lea.delete(`/api/suggestions/${id}/vote`)).body).toEqual({ votes: 0, votedByMe: false });
    expect((await sam.delete(`/api/suggestions/${id}`)).status).toBe(204);
    expect((await suggestions()).body).toEqual({ items: [], nextCursor: null });
    expect((await lea.post(`/api/suggestions/${id}/vote`)).status).toBe(404);
  });

  it('pages through the list with a cursor, and searches it', async () => {
    const ids: string[] = [];
    for (const title of ['Un', 'Deux', 'Trois', 'Quatre', 'Cinq']) {
      ids.push((await lea.post(`/api/bands/${bandId}/suggestions`, { title, artist: 'Édith' })).body.id);
    }
    await sam.post(`/api/suggestions/${ids[2]}/vote`);
    const first = await suggestions('?limit=2');
    expect(first.body.items.map((item: { title: string }) => item.title)).toEqual(['Trois', 'Cinq']);
    const second = await suggestions(`?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((item: { title: string }) => item.title)).toEqual(['Quatre', 'Deux']);
    const third = await suggestions(`?limit=2&cursor=${second.body.nextCursor}`);
    expect(third.body).toMatchObject({ items: [{ title: 'Un' }], nextCursor: null });
    const recent = await suggestions('?sort=recent&limit=1');
    expect(recent.body.items[0].title).toBe('Cinq');
    expect((await suggestions('?q=QUAT')).body.items.map((item: { title: string }) => item.title)).toEqual(['Quatre']);
    expect((await suggestions('?q=edith')).body.items).toHaveLength(5);
    for (const id of ids) await lea.delete(`/api/suggestions/${id}`);
  });

  it('refuses bad input with a clear 400 problem+json, and changes nothing', async () => {
    const { body: kept } = await lea.post(`/api/bands/${bandId}/suggestions`, { title: 'Creep' });
    const bad: [string, unknown][] = [
      ['a 10 kB title', { title: 'x'.repeat(10_240) }],
      ['no title', { artist: 'Radiohead' }],
      ['an empty title', { title: '   ' }],
      ['a title of the wrong type', { title: 42 }],
      ['a null title', { title: null }],
      ['a javascript: link', { title: 'Creep', links: ['javascript:alert(document.cookie)'] }],
      ['a data: link', { title: 'Creep', links: ['data:text/html,<script>alert(1)</script>'] }],
      ['six links', { title: 'Creep', links: Array.from({ length: 6 }, (_, i) => `https://example.org/${i}`) }],
      ['a link too long', { title: 'Creep', links: [`https://example.org/${'a'.repeat(2048)}`] }],
      ['links that are not a list', { title: 'Creep', links: 'https://example.org' }],
      ['an unknown field', { title: 'Creep', votes: 1000 }],
      ['a control character', { title: 'Creep\u0000' }],
    ];
    for (const [what, body] of bad) {
      const created = await lea.post(`/api/bands/${bandId}/suggestions`, body);
      expect([what, created.status, created.headers.get('content-type')]).toEqual([
        what,
        400,
        'application/problem+json; charset=utf-8',
      ]);
      expect(created.body.errors?.length).toBeGreaterThan(0);
      if (what === 'no title') continue;
      const edited = await lea.patch(`/api/suggestions/${kept.id}`, body);
      expect([what, edited.status]).toEqual([what, 400]);
    }
    expect((await suggestions()).body.items).toEqual([kept]);
    await lea.delete(`/api/suggestions/${kept.id}`);
  });

  it('refuses bad list parameters and a tampered cursor with 400', async () => {
    for (let i = 0; i < 3; i++) await lea.post(`/api/bands/${bandId}/suggestions`, { title: `Song ${i}` });
    const { nextCursor } = (await suggestions('?limit=1')).body;
    const decoded = JSON.parse(Buffer.from(nextCursor, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...decoded, v: -5 })).toString('base64url');
    for (const query of [
      '?limit=0',
      '?limit=201',
      '?limit=abc',
      '?limit=1.5',
      '?sort=best',
      `?q=${'x'.repeat(101)}`,
      '?unknown=1',
      `?cursor=${nextCursor.slice(0, -2)}`,
      `?cursor=${nextCursor}AA`,
      `?cursor=${forged}`,
      `?cursor=${nextCursor}&sort=recent`,
      '?cursor=%00%01',
    ]) {
      const response = await suggestions(query);
      expect([query, response.status, response.headers.get('content-type')]).toEqual([
        query,
        400,
        'application/problem+json; charset=utf-8',
      ]);
    }
    expect((await suggestions(`?cursor=${nextCursor}&limit=200`)).status).toBe(200);
  });
});

describe('the repertoire with PERSISTENCE=memory', () => {
  it('suggests, votes, promotes and rates as on PostgreSQL', async () => {
    const memoryApp = await startTestApp({ PERSISTENCE: 'memory' });
    try {
      const people = new BandFixture(memoryApp.baseUrl);
      const [manager, member] = [await people.person('Léa'), await people.person('Sam')];
      const band = await people.band(manager, [[member, 'member']]);
      const { id } = (await member.post(`/api/bands/${band}/suggestions`, { title: 'Zombie' })).body;
      expect((await manager.post(`/api/suggestions/${id}/vote`)).body).toEqual({ votes: 1, votedByMe: true });
      expect((await member.post(`/api/suggestions/${id}/vote`)).body).toEqual({ votes: 2, votedByMe: true });
      const promoted = await manager.post(`/api/suggestions/${id}/promote`);
      expect(promoted.body.song).toMatchObject({ id, votesAtPromotion: 2 });
      await manager.put(`/api/songs/${id}/progress`, { level: 8, note: 'secret' });
      const rated = await member.put(`/api/songs/${id}/progress`, { level: 4 });
      expect(rated.body).toMatchObject({ myProgress: { level: 4, note: null }, levels: [8], bandAverageLevel: 6 });
      expect(JSON.stringify(rated.body)).not.toContain('secret');
    } finally {
      await memoryApp.close();
    }
  });
});
