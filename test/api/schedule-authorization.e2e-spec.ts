import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiClient } from '../support/api-client.js';
import { BandFixture, type Person } from '../support/band-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Who may do what in a band's schedule: every schedule endpoint × every kind of caller, with the reads
// beside it (exports, activity log) and the admins' backup view. Each row runs on a fresh band holding one
// gig and a series of two rehearsals.

type Actor = 'anonymous' | 'stranger' | 'member' | 'manager' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'stranger', 'member', 'manager', 'admin'];

interface Band {
  id: string;
  gigId: string;
  rehearsalId: string;
}

interface Row {
  endpoint: string;
  call: (api: ApiClient, band: Band) => Promise<{ status: number }>;
  expected: Record<Actor, number>;
}

const REHEARSALS = { startsAt: '2026-12-03T20:00:00+01:00', repeat: { every: 'week', until: '2026-12-10' } };
const GIG = { title: 'Fête de la musique', startsAt: '2027-06-21T20:00:00+02:00' };
const READ = { anonymous: 401, stranger: 404, member: 200, manager: 200, admin: 200 };
const MANAGE = (status: number) => ({ anonymous: 401, stranger: 404, member: 403, manager: status, admin: status });

const ROWS: Row[] = [
  {
    endpoint: 'POST /api/bands/{bandId}/gigs',
    call: (api, band) => api.post(`/api/bands/${band.id}/gigs`, GIG),
    expected: MANAGE(201),
  },
  { endpoint: 'GET /api/gigs/{id}', call: (api, band) => api.get(`/api/gigs/${band.gigId}`), expected: READ },
  {
    endpoint: 'GET /api/gigs/{id}/setlist/export',
    call: (api, band) => api.get(`/api/gigs/${band.gigId}/setlist/export?format=csv`),
    expected: READ,
  },
  {
    endpoint: 'GET /api/bands/{bandId}/songs/export',
    call: (api, band) => api.get(`/api/bands/${band.id}/songs/export?format=csv`),
    expected: READ,
  },
  {
    endpoint: 'GET /api/bands/{bandId}/activity',
    call: (api, band) => api.get(`/api/bands/${band.id}/activity`),
    expected: READ,
  },
  {
    endpoint: 'GET /api/operations/backup',
    call: (api) => api.get('/api/operations/backup'),
    expected: { anonymous: 401, stranger: 403, member: 403, manager: 403, admin: 200 },
  },
  {
    endpoint: 'PATCH /api/gigs/{id}',
    call: (api, band) => api.patch(`/api/gigs/${band.gigId}`, { status: 'confirmed' }),
    expected: MANAGE(200),
  },
  {
    endpoint: 'PUT /api/gigs/{id}/setlist',
    call: (api, band) => api.put(`/api/gigs/${band.gigId}/setlist`, { items: [{ break: true, label: 'Rappel' }] }),
    expected: MANAGE(200),
  },
  {
    endpoint: 'GET /api/bands/{bandId}/dashboard',
    call: (api, band) => api.get(`/api/bands/${band.id}/dashboard`),
    expected: READ,
  },
  {
    endpoint: 'GET /api/rehearsals/{id}/proposed-songs',
    call: (api, band) => api.get(`/api/rehearsals/${band.rehearsalId}/proposed-songs`),
    expected: MANAGE(200),
  },
  {
    endpoint: 'PUT /api/gigs/{id}/attendance',
    call: (api, band) => api.put(`/api/gigs/${band.gigId}/attendance`, { status: 'yes' }),
    expected: READ,
  },
  {
    endpoint: 'GET /api/bands/{bandId}/agenda',
    call: (api, band) => api.get(`/api/bands/${band.id}/agenda`),
    expected: READ,
  },
  {
    endpoint: 'POST /api/bands/{bandId}/rehearsals',
    call: (api, band) => api.post(`/api/bands/${band.id}/rehearsals`, { startsAt: '2026-12-17T20:00:00+01:00' }),
    expected: MANAGE(201),
  },
  {
    endpoint: 'GET /api/rehearsals/{id}',
    call: (api, band) => api.get(`/api/rehearsals/${band.rehearsalId}`),
    expected: READ,
  },
  {
    endpoint: 'PATCH /api/rehearsals/{id}',
    call: (api, band) => api.patch(`/api/rehearsals/${band.rehearsalId}?scope=following`, { location: 'Studio Bleu' }),
    expected: MANAGE(200),
  },
  {
    endpoint: 'PUT /api/rehearsals/{id}/attendance',
    call: (api, band) => api.put(`/api/rehearsals/${band.rehearsalId}/attendance?scope=following`, { status: 'maybe' }),
    expected: READ,
  },
  {
    endpoint: 'DELETE /api/rehearsals/{id}',
    call: (api, band) => api.delete(`/api/rehearsals/${band.rehearsalId}?scope=following`),
    expected: MANAGE(204),
  },
  {
    endpoint: 'DELETE /api/gigs/{id}',
    call: (api, band) => api.delete(`/api/gigs/${band.gigId}`),
    expected: MANAGE(204),
  },
];

let testApp: TestApp;
let fixture: BandFixture;
const callers = {} as Record<Actor, ApiClient>;

async function freshBand(): Promise<Band> {
  const id = await fixture.band(callers.admin as Person, [
    [callers.member as Person, 'member'],
    [callers.manager as Person, 'manager'],
  ]);
  const gig = await callers.admin.post(`/api/bands/${id}/gigs`, GIG);
  expect(gig.status).toBe(201);
  const rehearsals = await callers.admin.post(`/api/bands/${id}/rehearsals`, REHEARSALS);
  expect(rehearsals.status).toBe(201);
  return { id, gigId: gig.body.id, rehearsalId: rehearsals.body.items[0].id };
}

beforeAll(async () => {
  testApp = await startTestApp();
  fixture = new BandFixture(testApp.baseUrl);
  callers.anonymous = new ApiClient(testApp.baseUrl);
  for (const actor of ['stranger', 'member', 'manager', 'admin'] as const) callers[actor] = await fixture.person(actor);
});
afterAll(() => testApp.close());

describe('schedule authorization matrix', () => {
  const cases = ROWS.flatMap((row) => ACTORS.map((actor) => [row.endpoint, actor, row.expected[actor], row] as const));

  it.each(cases)('%s as %s → %i', async (_endpoint, actor, expected, row) => {
    const band = await freshBand();
    const response = await row.call(callers[actor], band);
    expect(response.status).toBe(expected);
  });

  it('answers a stranger exactly as for an unknown or malformed id', async () => {
    const band = await freshBand();
    const unknown = '01a20d32-9d6e-71e2-8ccb-7face453047f';
    const asStranger = await callers.stranger.get(`/api/gigs/${band.gigId}`);
    expect(asStranger.body).toEqual((await callers.member.get(`/api/gigs/${unknown}`)).body);
    expect(asStranger.body.code).toBe('SCHEDULE.GIG_NOT_FOUND');
    expect((await callers.member.get('/api/gigs/not-a-uuid')).status).toBe(404);
    const rehearsal = await callers.stranger.get(`/api/rehearsals/${band.rehearsalId}`);
    expect(rehearsal.body).toEqual((await callers.member.get(`/api/rehearsals/${unknown}`)).body);
    expect(rehearsal.body.code).toBe('SCHEDULE.REHEARSAL_NOT_FOUND');
  });

  it('never lets a stranger read or change anything of a band’s schedule', async () => {
    const band = await freshBand();
    const read = async () => [
      (await callers.admin.get(`/api/gigs/${band.gigId}`)).body,
      (await callers.admin.get(`/api/rehearsals/${band.rehearsalId}`)).body,
    ];
    const before = await read();
    for (const row of ROWS) await row.call(callers.stranger, band);
    expect(await read()).toEqual(before);
  });
});
