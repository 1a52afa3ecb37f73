import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ApiClient } from '../support/api-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let seq = 0;

async function user(name = 'user') {
  const api = new ApiClient(testApp.baseUrl);
  const username = `${name}${++seq}`;
  const response = await api.post('/api/auth/register', { username, password: 'correct horse', displayName: name });
  expect(response.status).toBe(201);
  return Object.assign(api, { id: response.body.user.id as string, username });
}

async function bandOf(admin: ApiClient, name = 'Les Rythmes') {
  const response = await admin.post('/api/bands', { name });
  expect(response.status).toBe(201);
  return response.body.band as { id: string; inviteCode: string; name: string };
}

beforeAll(async () => {
  testApp = await startTestApp({ LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' });
});
afterAll(() => testApp.close());

describe('creating and joining', () => {
  it('makes the creator admin, shows them the code, and makes the band their active one', async () => {
    const admin = await user('founder');
    const created = await admin.post('/api/bands', { name: '  Les  Rythmes ' });
    expect(created.status).toBe(201);
    expect(created.body.band).toEqual({
      id: expect.any(String),
      name: 'Les Rythmes',
      description: '',
      template: 'classic',
      logoUrl: null,
      timezone: 'Europe/Paris',
      language: 'fr',
      inviteCode: expect.stringMatching(/^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/),
    });
    const me = (await admin.get('/api/me')).body;
    expect(me.activeBandId).toBe(created.body.band.id);
    expect(me.bands).toEqual([{ id: created.body.band.id, name: 'Les Rythmes', role: 'admin' }]);
    expect((await admin.get('/api/bands')).body).toEqual([
      { id: created.body.band.id, name: 'Les Rythmes', role: 'admin', memberCount: 1 },
    ]);
  });

  it('lets a user join by code typed in any case with spaces, once, and hides the code from members', async () => {
    const admin = await user('admin');
    const band = await bandOf(admin);
    const joiner = await user('joiner');
    const typed = ` ${band.inviteCode.toLowerCase().replace('-', ' ')} `;
    const joined = await joiner.post('/api/bands/join', { inviteCode: typed });
    expect(joined.status).toBe(200);
    expect(joined.body.role).toBe('member');
    expect(joined.body.band.id).toBe(band.id);
    expect(joined.body.band.inviteCode).toBeUndefined();
    const again = await joiner.post('/api/bands/join', { inviteCode: band.inviteCode });
    expect(again.status).toBe(200);
    expect((await admin.get('/api/bands')).body[0].memberCount).toBe(2);
    expect((await admin.post('/api/bands/join', { inviteCode: band.inviteCode })).body.role).toBe('admin');
    expect((await joiner.get('/api/me')).body.activeBandId).toBe(band.id);
  });

  it('answers 404 for an unknown code, and 400 saying what is wrong for a malformed one', async () => {
    const someone = await user();
    const unknown = await someone.post('/api/bands/join', { inviteCode: 'ZZZZZ-ZZZZZ' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('BANDS.INVITE_CODE_NOT_FOUND');
    for (const [inviteCode, detail] of [
      ['not a code', /no “o” \(character 2\)/],
      ['K7RD9-PXM4', /10 characters .* this one has 9/],
      ['', /this one has 0/],
    ] as const) {
      const response = await someone.post('/api/bands/join', { inviteCode });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'BANDS.INVALID_INVITE_CODE', detail: expect.stringMatching(detail) });
      expect(response.body.errors).toEqual([{ field: 'inviteCode', message: response.body.detail }]);
    }
  });

  it('kills the old code when the admin renews it', async () => {
    const admin = await user('admin');
    const band = await bandOf(admin);
    const renewed = await admin.post(`/api/bands/${band.id}/invite-code`);
    expect(renewed.status).toBe(200);
    expect(renewed.body.inviteCode).not.toBe(band.inviteCode);
    const late = await user('late');
    expect((await late.post('/api/bands/join', { inviteCode: band.inviteCode })).status).toBe(404);
    expect((await late.post('/api/bands/join', { inviteCode: renewed.body.inviteCode })).status).toBe(200);
  });
});

describe('settings', () => {
  it('lets an admin change every setting', async () => {
    const admin = await user('admin');
    const band = await bandOf(admin);
    const changes = {
      name: 'Groove Machine',
      description: 'Funk du jeudi',
      template: 'violet',
      logoUrl: 'https://example.org/logo.png',
      timezone: 'America/Montreal',
      language: 'en',
    };
    const response = await admin.patch(`/api/bands/${band.id}`, changes);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ ...changes, timezone: expect.stringMatching(/^America\//) });
    expect((await admin.patch(`/api/bands/${band.id}`, { logoUrl: null })).body.logoUrl).toBeNull();
  });

  it.each(['Europe/Kiev', 'Europe/Kyiv'])('answers %s as the current name Europe/Kyiv', async (timezone) => {
    const admin = await user('admin');
    const band = await bandOf(admin);
    expect((await admin.patch(`/api/bands/${band.id}`, { timezone })).body.timezone).toBe('Europe/Kyiv');
    expect((await admin.get(`/api/bands/${band.id}`)).body.timezone).toBe('Europe/Kyiv');
  });

  it.each([
    [{ template: 'pink' }, 'template'],
    [{ timezone: 'Mars/Olympus' }, 'timezone'],
    [{ language: 'de' }, 'language'],
    [{ logoUrl: 'javascript:alert(1)' }, 'logoUrl'],
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(81) }, 'name'],
    [{ inviteCode: 'AAAAA-AAAAA' }, 'inviteCode'],
  ])('refuses %p with 400 naming the field, and changes nothing', async (changes, field) => {
    const admin = await user('admin');
    const band = await bandOf(admin);
    const response = await admin.patch(`/api/bands/${band.id}`, { description: 'changed', ...changes });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect((await admin.get(`/api/bands/${band.id}`)).body).toMatchObject({ description: '', name: band.name });
  });
});

describe('members and roles', () => {
  async function bandWithMember() {
    const admin = await user('admin');
    const band = await bandOf(admin);
    const member = await user('member');
    await member.post('/api/bands/join', { inviteCode: band.inviteCode });
    return { admin, band, member };
  }

  it('lists members with names, roles and join dates', async () => {
    const { admin, band, member } = await bandWithMember();
    const response = await member.get(`/api/bands/${band.id}/members`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      { userId: admin.id, displayName: 'admin', role: 'admin', joinedAt: expect.any(String) },
      { userId: member.id, displayName: 'member', role: 'member', joinedAt: expect.any(String) },
    ]);
  });

  it('lets an admin promote a member, who then sees the invitation code', async () => {
    const { admin, band, member } = await bandWithMember();
    const promoted = await admin.patch(`/api/bands/${band.id}/members/${member.id}`, { role: 'admin' });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ userId: member.id, role: 'admin' });
    expect((await member.get(`/api/bands/${band.id}`)).body.inviteCode).toBe(band.inviteCode);
  });

  it('refuses a change of one’s own role, and an unknown role', async () => {
    const { admin, band } = await bandWithMember();
    const own = await admin.patch(`/api/bands/${band.id}/members/${admin.id}`, { role: 'member' });
    expect(own.status).toBe(422);
    expect(own.body.code).toBe('BANDS.OWN_ROLE');
    expect((await admin.patch(`/api/bands/${band.id}/members/${admin.id}`, { role: 'owner' })).status).toBe(400);
  });

  it('ends a removed member’s access at once', async () => {
    const { admin, band, member } = await bandWithMember();
    expect((await admin.delete(`/api/bands/${band.id}/members/${member.id}`)).status).toBe(204);
    expect((await member.get(`/api/bands/${band.id}`)).status).toBe(404);
    expect((await member.get(`/api/bands/${band.id}/members`)).status).toBe(404);
    const me = (await member.get('/api/me')).body;
    expect(me.bands).toEqual([]);
    expect(me.activeBandId).toBeNull();
  });

  it('lets a member leave, but not the last admin while others remain', async () => {
    const { admin, band, member } = await bandWithMember();
    const refused = await admin.delete(`/api/bands/${band.id}/members/${admin.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('BANDS.LAST_ADMIN');
    expect((await member.delete(`/api/bands/${band.id}/members/${member.id}`)).status).toBe(204);
    expect((await admin.get(`/api/bands/${band.id}/members`)).body).toHaveLength(1);
  });

  it('deletes the band and all of its rows when its last member leaves', async () => {
    const admin = await user('alone');
    const band = await bandOf(admin);
    expect((await admin.delete(`/api/bands/${band.id}/members/${admin.id}`)).status).toBe(204);
    expect((await admin.get(`/api/bands/${band.id}`)).status).toBe(404);
    expect((await (await user()).post('/api/bands/join', { inviteCode: band.inviteCode })).status).toBe(404);
    expect(await rowsOfBand(band.id)).toEqual({ bands: 0, memberships: 0, active_bands: 0 });
  });
});

/** What is left of a band in the database, table by table. */
async function rowsOfBand(bandId: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: testApp.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, number>>(
      `select (select count(*)::int from bands where id = $1) as bands,
              (select count(*)::int from memberships where band_id = $1) as memberships,
              (select count(*)::int from active_bands where band_id = $1) as active_bands`,
      [bandId],
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

describe('deleting a band', () => {
  it('lets an admin delete it: members lose it at once, its code stops working, no row is left', async () => {
    const admin = await user('admin');
    const band = await bandOf(admin);
    const member = await user('member');
    await member.post('/api/bands/join', { inviteCode: band.inviteCode });
    expect((await member.get('/api/me')).body.activeBandId).toBe(band.id);

    const deleted = await admin.delete(`/api/bands/${band.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect(await rowsOfBand(band.id)).toEqual({ bands: 0, memberships: 0, active_bands: 0 });
    for (const someone of [admin, member]) {
      expect((await someone.get(`/api/bands/${band.id}`)).status).toBe(404);
      expect((await someone.get('/api/me')).body).toMatchObject({ activeBandId: null, bands: [] });
    }
    expect((await member.get(`/api/invites/${band.inviteCode}`)).status).toBe(404);
    expect((await admin.delete(`/api/bands/${band.id}`)).status).toBe(404);
  });

  it('refuses a member and a manager (403), and keeps the band', async () => {
    const admin = await user('admin');
    const band = await bandOf(admin);
    const member = await user('member');
    await member.post('/api/bands/join', { inviteCode: band.inviteCode });
    const refused = await member.delete(`/api/bands/${band.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('BANDS.INSUFFICIENT_ROLE');
    expect(await rowsOfBand(band.id)).toEqual({ bands: 1, memberships: 2, active_bands: 2 });
  });

  it('takes every other table’s rows with it: each foreign key to bands cascades', async () => {
    const client = new pg.Client({ connectionString: testApp.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; on_delete: string }>(
        `select conrelid::regclass::text || '.' || conname as name, confdeltype as on_delete
           from pg_constraint where contype = 'f' and confrelid = 'bands'::regclass`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(rows.filter((row) => row.on_delete !== 'c')).toEqual([]);
    } finally {
      await client.end();
    }
  });
});

describe('active band', () => {
  it('switches between the user’s bands, and refuses a band they are not in', async () => {
    const someone = await user('multi');
    const first = await bandOf(someone, 'Premier');
    const second = await bandOf(someone, 'Second');
    expect((await someone.get('/api/me')).body.activeBandId).toBe(second.id);
    const switched = await someone.put('/api/me/active-band', { bandId: first.id });
    expect(switched.status).toBe(200);
    expect(switched.body).toEqual({ activeBandId: first.id });
    expect((await someone.get('/api/me')).body.activeBandId).toBe(first.id);
    const stranger = await bandOf(await user(), 'Ailleurs');
    expect((await someone.put('/api/me/active-band', { bandId: stranger.id })).status).toBe(404);
    expect((await someone.put('/api/me/active-band', { bandId: 'nope' })).status).toBe(400);
  });
});

describe('account deletion', () => {
  it('is refused while the user is the last admin of a band with other members', async () => {
    const admin = await user('admin');
    const band = await bandOf(admin);
    const member = await user('member');
    await member.post('/api/bands/join', { inviteCode: band.inviteCode });
    const refused = await admin.delete('/api/me', { password: 'correct horse' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('BANDS.LAST_ADMIN');
    expect((await admin.get('/api/me')).status).toBe(200);
    await admin.patch(`/api/bands/${band.id}/members/${member.id}`, { role: 'admin' });
    expect((await admin.delete('/api/me', { password: 'correct horse' })).status).toBe(204);
    expect((await member.get(`/api/bands/${band.id}/members`)).body).toEqual([
      expect.objectContaining({ userId: member.id, role: 'admin' }),
    ]);
  });

  it('takes a band the user was alone in along with the account', async () => {
    const alone = await user('alone');
    const band = await bandOf(alone);
    expect((await alone.delete('/api/me', { password: 'correct horse' })).status).toBe(204);
    expect((await (await user()).post('/api/bands/join', { inviteCode: band.inviteCode })).status).toBe(404);
  });
});

describe('the last admin under concurrency', () => {
  async function bandWithTwoAdmins() {
    const first = await user('first');
    const band = await bandOf(first);
    const second = await user('second');
    const member = await user('member');
    await second.post('/api/bands/join', { inviteCode: band.inviteCode });
    await member.post('/api/bands/join', { inviteCode: band.inviteCode });
    await first.patch(`/api/bands/${band.id}/members/${second.id}`, { role: 'admin' });
    return { first, second, member, band };
  }

  const admins = async (api: ApiClient, bandId: string) =>
    ((await api.get(`/api/bands/${bandId}/members`)).body as { role: string }[]).filter((m) => m.role === 'admin');

  it('keeps one admin when two admins demote each other at the same instant', async () => {
    for (let round = 0; round < 5; round++) {
      const { first, second, member, band } = await bandWithTwoAdmins();
      const results = await Promise.all([
        first.patch(`/api/bands/${band.id}/members/${second.id}`, { role: 'member' }),
        second.patch(`/api/bands/${band.id}/members/${first.id}`, { role: 'member' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 403]);
      expect(await admins(member, band.id)).toHaveLength(1);
    }
  });

  it('keeps one admin when two admins leave at the same instant', async () => {
    for (let round = 0; round < 5; round++) {
      const { first, second, member, band } = await bandWithTwoAdmins();
      const results = await Promise.all([
        first.delete(`/api/bands/${band.id}/members/${first.id}`),
        second.delete(`/api/bands/${band.id}/members/${second.id}`),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([204, 409]);
      expect(await admins(member, band.id)).toHaveLength(1);
    }
  });

  it('keeps one admin when two admins delete their accounts at the same instant', async () => {
    for (let round = 0; round < 3; round++) {
      const { first, second, member, band } = await bandWithTwoAdmins();
      const results = await Promise.all([
        first.delete('/api/me', { password: 'correct horse' }),
        second.delete('/api/me', { password: 'correct horse' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([204, 409]);
      expect(await admins(member, band.id)).toHaveLength(1);
    }
  });
});
