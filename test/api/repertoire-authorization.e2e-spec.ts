import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiClient } from '../support/api-client.js';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Who may do what in a band's repertoire: every repertoire endpoint × every kind of caller. Each row
// runs on a fresh band whose suggestion was proposed by `author`, a plain member who is none of the callers.

type Actor = 'anonymous' | 'stranger' | 'member' | 'manager' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'stranger', 'member', 'manager', 'admin'];

interface Band {
  id: string;
  suggestionId: string;
  songId: string;
}

interface Row {
  endpoint: string;
  call: (api: ApiClient, band: Band) => Promise<{ status: number }>;
  expected: Record<Actor, number>;
}

const ROWS: Row[] = [
  {
    endpoint: 'GET /api/bands/{bandId}/suggestions',
    call: (api, band) => api.get(`/api/bands/${band.id}/suggestions`),
    expected: { anonymous: 401, stranger: 404, member: 200, manager: 200, admin: 200 },
  },
  {
    endpoint: 'POST /api/bands/{bandId}/suggestions',
    call: (api, band) => api.post(`/api/bands/${band.id}/suggestions`, { title: 'Zombie' }),
    expected: { anonymous: 401, stranger: 404, member: 201, manager: 201, admin: 201 },
  },
  {
    endpoint: 'PATCH /api/suggestions/{id} (someone else’s)',
    call: (api, band) => api.patch(`/api/suggestions/${band.suggestionId}`, { comment: 'changed' }),
    expected: { anonymous: 401, stranger: 404, member: 403, manager: 200, admin: 200 },
  },
  {
    endpoint: 'DELETE /api/suggestions/{id} (someone else’s)',
    call: (api, band) => api.delete(`/api/suggestions/${band.suggestionId}`),
    expected: { anonymous: 401, stranger: 404, member: 403, manager: 204, admin: 204 },
  },
  {
    endpoint: 'POST /api/suggestions/{id}/vote',
    call: (api, band) => api.post(`/api/suggestions/${band.suggestionId}/vote`),
    expected: { anonymous: 401, stranger: 404, member: 200, manager: 200, admin: 200 },
  },
  {
    endpoint: 'DELETE /api/suggestions/{id}/vote',
    call: (api, band) => api.delete(`/api/suggestions/${band.suggestionId}/vote`),
    expected: { anonymous: 401, stranger: 404, member: 200, manager: 200, admin: 200 },
  },
  {
    endpoint: 'GET /api/bands/{bandId}/songs',
    call: (api, band) => api.get(`/api/bands/${band.id}/songs?status=learning`),
    expected: { anonymous: 401, stranger: 404, member: 200, manager: 200, admin: 200 },
  },
  {
    endpoint: 'POST /api/bands/{bandId}/songs',
    call: (api, band) => api.post(`/api/bands/${band.id}/songs`, { title: 'Creep', bpm: 92 }),
    expected: { anonymous: 401, stranger: 404, member: 403, manager: 201, admin: 201 },
  },
  {
    endpoint: 'GET /api/songs/{id}',
    call: (api, band) => api.get(`/api/songs/${band.songId}`),
    expected: { anonymous: 401, stranger: 404, member: 200, manager: 200, admin: 200 },
  },
  {
    endpoint: 'PATCH /api/songs/{id}',
    call: (api, band) => api.patch(`/api/songs/${band.songId}`, { mastered: true }),
    expected: { anonymous: 401, stranger: 404, member: 403, manager: 200, admin: 200 },
  },
  {
    endpoint: 'DELETE /api/songs/{id}',
    call: (api, band) => api.delete(`/api/songs/${band.songId}`),
    expected: { anonymous: 401, stranger: 404, member: 403, manager: 204, admin: 204 },
  },
  {
    endpoint: 'PUT /api/songs/{id}/progress',
    call: (api, band) => api.put(`/api/songs/${band.songId}/progress`, { level: 6, note: 'mine' }),
    expected: { anonymous: 401, stranger: 404, member: 200, manager: 200, admin: 200 },
  },
  {
    endpoint: 'POST /api/suggestions/{id}/promote',
    call: (api, band) => api.post(`/api/suggestions/${band.suggestionId}/promote`),
    expected: { anonymous: 401, stranger: 404, member: 403, manager: 201, admin: 201 },
  },
  {
    endpoint: 'POST /api/songs/{id}/demote',
    call: (api, band) => api.post(`/api/songs/${band.songId}/demote`),
    expected: { anonymous: 401, stranger: 404, member: 403, manager: 201, admin: 201 },
  },
];

let testApp: TestApp;
let fixture: BandFixture;
const callers = {} as Record<Actor, ApiClient>;
let author: Person;

async function freshBand(): Promise<Band> {
  const id = await fixture.band(callers.admin as Person, [
    [callers.member as Person, 'member'],
    [callers.manager as Person, 'manager'],
    [author, 'member'],
  ]);
  const suggestion = await author.post(`/api/bands/${id}/suggestions`, { title: 'Seven Nation Army' });
  const song = await callers.admin.post(`/api/bands/${id}/songs`, { title: 'Zombie' });
  return { id, suggestionId: suggestion.body.id, songId: song.body.id };
}

beforeAll(async () => {
  testApp = await startTestApp();
  fixture = new BandFixture(testApp.baseUrl);
  callers.anonymous = new ApiClient(testApp.baseUrl);
  for (const actor of ['stranger', 'member', 'manager', 'admin'] as const) callers[actor] = await fixture.person(actor);
  author = await fixture.person('author');
});
afterAll(() => testApp.close());

describe('repertoire authorization matrix', () => {
  const cases = ROWS.flatMap((row) => ACTORS.map((actor) => [row.endpoint, actor, row.expected[actor], row] as const));

  it.each(cases)('%s as %s → %i', async (_endpoint, actor, expected, row) => {
    const band = await freshBand();
    const response = await row.call(callers[actor], band);
    expect(response.status).toBe(expected);
  });

  it('lets the author edit and delete their own suggestion', async () => {
    const band = await freshBand();
    expect((await author.patch(`/api/suggestions/${band.suggestionId}`, { comment: 'mine' })).status).toBe(200);
    expect((await author.delete(`/api/suggestions/${band.suggestionId}`)).status).toBe(204);
  });

  it('answers a stranger exactly as for an unknown or malformed id', async () => {
    const band = await freshBand();
    const unknown = '01a20d32-9d6e-71e2-8ccb-7face453047f';
    const asStranger = await callers.stranger.post(`/api/suggestions/${band.suggestionId}/vote`);
    const asUnknown = await callers.member.post(`/api/suggestions/${unknown}/vote`);
    expect(asStranger.body).toEqual(asUnknown.body);
    expect(asStranger.body.code).toBe('REPERTOIRE.SUGGESTION_NOT_FOUND');
    const edited = await callers.stranger.patch(`/api/suggestions/${band.suggestionId}`, { title: 'x' });
    expect(edited.body).toEqual((await callers.member.patch(`/api/suggestions/${unknown}`, { title: 'x' })).body);
    expect((await callers.member.post('/api/suggestions/not-a-uuid/vote')).status).toBe(404);
    const song = await callers.stranger.get(`/api/songs/${band.songId}`);
    expect(song.body).toEqual((await callers.member.get(`/api/songs/${unknown}`)).body);
    expect(song.body.code).toBe('REPERTOIRE.SONG_NOT_FOUND');
  });

  it('never lets a stranger read or change anything of a band’s repertoire', async () => {
    const band = await freshBand();
    const read = async () => [
      (await callers.admin.get(`/api/bands/${band.id}/suggestions`)).body,
      (await callers.admin.get(`/api/bands/${band.id}/songs`)).body,
      (await callers.admin.get(`/api/songs/${band.songId}`)).body,
    ];
    const before = await read();
    for (const row of ROWS) await row.call(callers.stranger, band);
    expect(await read()).toEqual(before);
  });
});
