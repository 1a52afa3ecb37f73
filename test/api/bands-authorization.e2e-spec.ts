import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiClient } from '../support/api-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Who may do what to a band: every band endpoint × every kind of caller, with the status each gets.
// Each row runs on a fresh band so that one caller's success cannot change another's answer.

type Actor = 'anonymous' | 'stranger' | 'member' | 'manager' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'stranger', 'member', 'manager', 'admin'];

interface Band {
  id: string;
  inviteCode: string;
  targetId: string;
}

interface Row {
  endpoint: string;
  call: (api: ApiClient, band: Band) => Promise<{ status: number }>;
  expected: Record<Actor, number>;
}

const ROWS: Row[] = [
  {
    endpoint: 'GET /api/bands/{bandId}',
    call: (api, band) => api.get(`/api/bands/${band.id}`),
    expected: { anonymous: 401, stranger: 404, member: 200, manager: 200, admin: 200 },
  },
  {
    endpoint: 'PATCH /api/bands/{bandId}',
    call: (api, band) => api.patch(`/api/bands/${band.id}`, { description: 'changed' }),
    expected: { anonymous: 401, stranger: 404, member: 403, manager: 403, admin: 200 },
  },
  {
    endpoint: 'DELETE /api/bands/{bandId}',
    call: (api, band) => api.delete(`/api/bands/${band.id}`),
    expected: { anonymous: 401, stranger: 404, member: 403, manager: 403, admin: 204 },
  },
  {
    endpoint: 'GET /api/invites/{code}',
    call: (api, band) => api.get(`/api/invites/${band.inviteCode}`),
    expected: { anonymous: 200, stranger: 200, member: 200, manager: 200, admin: 200 },
  },
  {
    endpoint: 'POST /api/bands/{bandId}/invite-code',
    call: (api, band) => api.post(`/api/bands/${band.id}/invite-code`),
    expected: { anonymous: 401, stranger: 404, member: 403, manager: 403, admin: 200 },
  },
  {
    endpoint: 'GET /api/bands/{bandId}/members',
    call: (api, band) => api.get(`/api/bands/${band.id}/members`),
    expected: { anonymous: 401, stranger: 404, member: 200, manager: 200, admin: 200 },
  },
  {
    endpoint: 'PATCH /api/bands/{bandId}/members/{userId}',
    call: (api, band) => api.patch(`/api/bands/${band.id}/members/${band.targetId}`, { role: 'manager' }),
    expected: { anonymous: 401, stranger: 404, member: 403, manager: 403, admin: 200 },
  },
  {
    endpoint: 'DELETE /api/bands/{bandId}/members/{userId} (someone else)',
    call: (api, band) => api.delete(`/api/bands/${band.id}/members/${band.targetId}`),
    expected: { anonymous: 401, stranger: 404, member: 403, manager: 403, admin: 204 },
  },
  {
    endpoint: 'PUT /api/me/active-band',
    call: (api, band) => api.put('/api/me/active-band', { bandId: band.id }),
    expected: { anonymous: 401, stranger: 404, member: 200, manager: 200, admin: 200 },
  },
  {
    endpoint: 'POST /api/bands/join',
    call: (api, band) => api.post('/api/bands/join', { inviteCode: band.inviteCode }),
    expected: { anonymous: 401, stranger: 200, member: 200, manager: 200, admin: 200 },
  },
  {
    endpoint: 'GET /api/bands',
    call: (api) => api.get('/api/bands'),
    expected: { anonymous: 401, stranger: 200, member: 200, manager: 200, admin: 200 },
  },
  {
    endpoint: 'POST /api/bands',
    call: (api) => api.post('/api/bands', { name: 'Another band' }),
    expected: { anonymous: 401, stranger: 201, member: 201, manager: 201, admin: 201 },
  },
];

let testApp: TestApp;
let seq = 0;
const callers = {} as Record<Actor, ApiClient>;
let target: ApiClient & { id: string };

async function registered(name: string) {
  const api = new ApiClient(testApp.baseUrl);
  const response = await api.post('/api/auth/register', { username: `${name}${++seq}`, password: 'correct horse' });
  return Object.assign(api, { id: response.body.user.id as string });
}

/** A band where each caller holds the role they are named after, plus a plain member to act on. */
async function freshBand(): Promise<Band> {
  const created = await callers.admin.post('/api/bands', { name: 'Matrix' });
  const { id, inviteCode } = created.body.band;
  for (const joiner of [callers.member, callers.manager, target]) {
    await joiner.post('/api/bands/join', { inviteCode });
  }
  const managerId = (callers.manager as ApiClient & { id: string }).id;
  await callers.admin.patch(`/api/bands/${id}/members/${managerId}`, { role: 'manager' });
  return { id, inviteCode, targetId: target.id };
}

beforeAll(async () => {
  testApp = await startTestApp();
  callers.anonymous = new ApiClient(testApp.baseUrl);
  for (const actor of ['stranger', 'member', 'manager', 'admin'] as const) callers[actor] = await registered(actor);
  target = await registered('target');
});
afterAll(() => testApp.close());

describe('band authorization matrix', () => {
  const cases = ROWS.flatMap((row) => ACTORS.map((actor) => [row.endpoint, actor, row.expected[actor], row] as const));

  it.each(cases)('%s as %s → %i', async (_endpoint, actor, expected, row) => {
    const band = await freshBand();
    const response = await row.call(callers[actor], band);
    expect(response.status).toBe(expected);
  });

  it('answers a malformed band id like an unknown one (404), whoever asks', async () => {
    expect((await callers.admin.get('/api/bands/not-a-uuid')).status).toBe(404);
    expect((await callers.admin.get('/api/bands/01a20d32-9d6e-71e2-8ccb-7face453047f')).status).toBe(404);
  });

  it('never lets a stranger read or change anything of a band', async () => {
    const band = await freshBand();
    const before = (await callers.admin.get(`/api/bands/${band.id}`)).body;
    for (const row of ROWS.slice(0, 7)) await row.call(callers.stranger, band);
    expect((await callers.admin.get(`/api/bands/${band.id}`)).body).toEqual(before);
    expect((await callers.admin.get(`/api/bands/${band.id}/members`)).body).toHaveLength(4);
  });
});
