import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ApiClient } from '../support/api-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let seq = 0;
const client = () => new ApiClient(testApp.baseUrl);
const uniqueName = (prefix = 'user') => `${prefix}${++seq}.${Date.now() % 100000}`;

async function registered(username = uniqueName(), password = 'correct horse') {
  const api = client();
  const response = await api.post('/api/auth/register', { username, password });
  expect(response.status).toBe(201);
  return { api, username, password, id: response.body.user.id as string };
}

beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('registration', () => {
  it('creates the account and signs in with a secure session cookie', async () => {
    const api = client();
    const response = await api.request('POST', '/api/auth/register', {
      json: { username: 'Lea.Drums', password: 'correct horse', displayName: 'Léa' },
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ user: { id: expect.any(String), username: 'lea.drums', displayName: 'Léa' } });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('bt_session='))!;
    expect(cookie).toMatch(/^bt_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure'); // served over plain http here
    // A readable hint, no secret, so the PWA of a guest need not ask /api/me for a 401.
    const hint = response.headers.getSetCookie().find((line) => line.startsWith('bt_signed_in='))!;
    expect(hint).toMatch(/^bt_signed_in=1; /);
    expect(hint).not.toContain('HttpOnly');
    expect(hint).toContain('SameSite=Lax');
    expect(hint.match(/Expires=[^;]+/)?.[0]).toBe(cookie.match(/Expires=[^;]+/)?.[0]);
    const me = await api.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: response.body.user.id,
      username: 'lea.drums',
      displayName: 'Léa',
      activeBandId: null,
      bands: [],
      preferences: { theme: 'system', locale: 'fr' },
    });
  });

  it('refuses a username taken in any letter case with 409 and keeps the first account', async () => {
    const { username, password } = await registered(uniqueName('case'));
    const response = await client().post('/api/auth/register', {
      username: username.toUpperCase(),
      password: 'another one',
    });
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 409, code: 'IDENTITY.USERNAME_TAKEN' });
    expect((await client().post('/api/auth/login', { username, password })).status).toBe(200);
  });

  it.each([
    ['a too short username', { username: 'ab', password: 'correct horse' }, 'username'],
    ['an over-long username', { username: 'a'.repeat(33), password: 'correct horse' }, 'username'],
    ['a username with a space', { username: 'le a', password: 'correct horse' }, 'username'],
    ['a too short password', { username: 'valid.name', password: 'short' }, 'password'],
    ['an over-long password', { username: 'valid.name', password: 'p'.repeat(129) }, 'password'],
    [
      'an over-long display name',
      { username: 'valid.name', password: 'correct horse', displayName: 'd'.repeat(65) },
      'displayName',
    ],
    ['a non-string username', { username: 42, password: 'correct horse' }, 'username'],
    ['an unknown field', { username: 'valid.name', password: 'correct horse', isAdmin: true }, 'isAdmin'],
  ])('answers 400 with the field at fault for %s, and creates nothing', async (_case, body, field) => {
    const response = await client().post('/api/auth/register', body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect((await client().post('/api/auth/login', { username: 'valid.name', password: 'correct horse' })).status).toBe(
      401,
    );
  });
});

describe('login and logout', () => {
  it('signs in with a fresh token each time, whatever the letter case of the username', async () => {
    const { api, username, password } = await registered();
    const registrationCookie = api.cookie;
    const response = await api.post('/api/auth/login', { username: username.toUpperCase(), password });
    expect(response.status).toBe(200);
    expect(response.body.user.username).toBe(username);
    expect(api.cookie).toBeDefined();
    expect(api.cookie).not.toBe(registrationCookie);
  });

  it('answers one generic 401 for a wrong password and for an unknown user', async () => {
    const { username } = await registered();
    const wrong = await client().post('/api/auth/login', { username, password: 'wrong password' });
    const unknown = await client().post('/api/auth/login', { username: 'nobody.here', password: 'wrong password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.code).toBe('IDENTITY.INVALID_CREDENTIALS');
  });

  it('revokes the session at logout and clears the cookie', async () => {
    const { api } = await registered();
    const cookie = api.cookie;
    const response = await api.post('/api/auth/logout');
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie().join()).toMatch(/bt_session=;/);
    expect(response.headers.getSetCookie().join()).toMatch(/bt_signed_in=;/);
    const replay = client();
    replay.cookie = cookie;
    expect((await replay.get('/api/me')).status).toBe(401);
  });

  it('answers 401 without a cookie, with a forged one, and with an expired one', async () => {
    expect((await client().get('/api/me')).status).toBe(401);
    const forged = client();
    forged.cookie = `bt_session=${'A'.repeat(43)}`;
    const forgedResponse = await forged.get('/api/me');
    expect(forgedResponse.status).toBe(401);
    expect(forgedResponse.body.code).toBe('IDENTITY.NOT_AUTHENTICATED');

    const { api, id } = await registered();
    const db = new pg.Client({ connectionString: testApp.databaseUrl });
    await db.connect();
    await db.query("update sessions set idle_expires_at = now() - interval '1 second' where user_id = $1", [id]);
    await db.end();
    expect((await api.get('/api/me')).status).toBe(401);
  });
});

describe('profile', () => {
  it('changes the display name and preferences', async () => {
    const { api } = await registered();
    const response = await api.patch('/api/me', { displayName: 'Batteur', preferences: { theme: 'dark' } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ displayName: 'Batteur', preferences: { theme: 'dark', locale: 'fr' } });
    await api.patch('/api/me', { preferences: { locale: 'en' } });
    expect((await api.get('/api/me')).body.preferences).toEqual({ theme: 'dark', locale: 'en' });
  });

  it('refuses an unknown theme or field and changes nothing', async () => {
    const { api } = await registered();
    expect((await api.patch('/api/me', { preferences: { theme: 'pink' } })).status).toBe(400);
    const unknown = await api.patch('/api/me', { preferences: { fontSize: 3 } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'preferences.fontSize' })]);
    expect((await api.get('/api/me')).body.preferences).toEqual({ theme: 'system', locale: 'fr' });
  });
});

describe('password change', () => {
  it('keeps this session, revokes the others, and the new password works', async () => {
    const { api, username, password } = await registered();
    const otherDevice = client();
    await otherDevice.post('/api/auth/login', { username, password });
    const response = await api.put('/api/me/password', { currentPassword: password, newPassword: 'brand new secret' });
    expect(response.status).toBe(204);
    expect((await api.get('/api/me')).status).toBe(200);
    expect((await otherDevice.get('/api/me')).status).toBe(401);
    expect((await client().post('/api/auth/login', { username, password })).status).toBe(401);
    expect((await client().post('/api/auth/login', { username, password: 'brand new secret' })).status).toBe(200);
  });

  it('answers 422 WRONG_PASSWORD for a wrong current password', async () => {
    const { api } = await registered();
    const response = await api.put('/api/me/password', {
      currentPassword: 'not it at all',
      newPassword: 'brand new secret',
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('IDENTITY.WRONG_PASSWORD');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
  });
});

describe('account deletion', () => {
  it('refuses a wrong password with 422, then deletes the account and every session', async () => {
    const { api, username, password } = await registered();
    const otherDevice = client();
    await otherDevice.post('/api/auth/login', { username, password });
    expect((await api.delete('/api/me', { password: 'wrong password' })).status).toBe(422);
    expect((await api.get('/api/me')).status).toBe(200);
    expect((await api.delete('/api/me', { password })).status).toBe(204);
    expect((await api.get('/api/me')).status).toBe(401);
    expect((await otherDevice.get('/api/me')).status).toBe(401);
    expect((await client().post('/api/auth/login', { username, password })).status).toBe(401);
    expect((await client().post('/api/auth/register', { username, password })).status).toBe(201);
  });
});
