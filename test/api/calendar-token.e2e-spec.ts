import { createHash } from 'node:crypto';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { CalendarTokenResolver } from '../../backend/src/modules/identity/public-api.js';
import { ApiClient } from '../support/api-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// POST and DELETE /api/me/calendar-token, and the resolver the calendar feed asks whose feed a secret
// opens (through the running app, on PostgreSQL).
const ORIGIN = 'https://band.example.org';
const FEED_URL = /^https:\/\/band\.example\.org\/api\/calendar\/([A-Za-z0-9_-]{43})\.ics$/;
let testApp: TestApp;
let seq = 0;

async function registered(password = 'correct horse') {
  const api = new ApiClient(testApp.baseUrl);
  const response = await api.post('/api/auth/register', { username: `cal${++seq}`, password });
  expect(response.status).toBe(201);
  return { api, password, id: response.body.user.id as string };
}

/** Asks for a feed URL and gives its secret, checking both links on the way. */
async function feedToken(api: ApiClient): Promise<string> {
  const response = await api.post('/api/me/calendar-token');
  expect(response.status).toBe(201);
  expect(Object.keys(response.body).sort()).toEqual(['url', 'webcalUrl']);
  const token = FEED_URL.exec(response.body.url)?.[1];
  expect(token).toBeDefined();
  expect(response.body.webcalUrl).toBe(`webcal://band.example.org/api/calendar/${token}.ics`);
  return token!;
}

function resolve(token: string): Promise<string | null> {
  const orm = testApp.app.get(MikroORM);
  return RequestContext.create(orm.em, () => testApp.app.get(CalendarTokenResolver).resolve(token));
}

async function storedRows(userId: string): Promise<{ token_hash: string }[]> {
  const client = new pg.Client({ connectionString: testApp.databaseUrl });
  await client.connect();
  try {
    return (await client.query('select * from calendar_tokens where user_id = $1', [userId])).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  testApp = await startTestApp({ PUBLIC_ORIGIN: ORIGIN });
});
afterAll(() => testApp.close());

describe('POST /api/me/calendar-token', () => {
  it('needs a session', async () => {
    const guest = new ApiClient(testApp.baseUrl);
    expect((await guest.post('/api/me/calendar-token')).status).toBe(401);
    expect((await guest.delete('/api/me/calendar-token')).status).toBe(401);
  });

  it('refuses a request from another site', async () => {
    const { api } = await registered();
    const response = await api.request('POST', '/api/me/calendar-token', {
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
  });

  it('gives an absolute secret feed URL from PUBLIC_ORIGIN and a webcal:// link; only a hash is stored', async () => {
    const { api, id } = await registered();
    const token = await feedToken(api);
    await expect(resolve(token)).resolves.toBe(id);
    const rows = await storedRows(id);
    expect(rows).toEqual([
      { user_id: id, token_hash: createHash('sha256').update(token).digest('hex'), created_at: expect.any(Date) },
    ]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('renewing kills the old URL; each user has their own', async () => {
    const lea = await registered();
    const sam = await registered();
    const old = await feedToken(lea.api);
    const samToken = await feedToken(sam.api);
    const renewed = await feedToken(lea.api);
    expect(renewed).not.toBe(old);
    await expect(resolve(old)).resolves.toBeNull();
    await expect(resolve(renewed)).resolves.toBe(lea.id);
    await expect(resolve(samToken)).resolves.toBe(sam.id);
    expect(await storedRows(lea.id)).toHaveLength(1);
  });
});

describe('DELETE /api/me/calendar-token', () => {
  it('stops sharing: the URL stops working; asking again is no fault, and a new URL works', async () => {
    const { api, id } = await registered();
    const token = await feedToken(api);
    expect((await api.delete('/api/me/calendar-token')).status).toBe(204);
    await expect(resolve(token)).resolves.toBeNull();
    expect((await api.delete('/api/me/calendar-token')).status).toBe(204);
    await expect(resolve(await feedToken(api))).resolves.toBe(id);
  });

  it('an unknown or malformed secret opens nothing, and a deleted account’s secret stops working', async () => {
    const { api, id, password } = await registered();
    const token = await feedToken(api);
    await expect(resolve('A'.repeat(43))).resolves.toBeNull();
    await expect(resolve(`${token}.ics`)).resolves.toBeNull();
    expect((await api.delete('/api/me', { password })).status).toBe(204);
    await expect(resolve(token)).resolves.toBeNull();
    expect(await storedRows(id)).toEqual([]);
  });
});
