import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiClient } from '../support/api-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
const client = () => new ApiClient(testApp.baseUrl);

beforeAll(async () => {
  testApp = await startTestApp({ RATE_LIMIT_LOGIN: '5', RATE_LIMIT_REGISTER: '3' });
});
afterAll(() => testApp.close());

describe('rate limits', () => {
  it('after too many wrong passwords, answers 429 with Retry-After, even for the right password', async () => {
    const api = client();
    await api.post('/api/auth/register', { username: 'target', password: 'the real one' });
    for (let i = 0; i < 5; i++) {
      expect((await client().post('/api/auth/login', { username: 'target', password: `guess ${i}` })).status).toBe(401);
    }
    const limited = await client().post('/api/auth/login', { username: 'TARGET', password: 'the real one' });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await api.get('/api/me')).status).toBe(200); // an open session is not affected
  });

  it('limits registrations per client address', async () => {
    // The first test registered once from this address already.
    for (let i = 0; i < 2; i++) {
      expect(
        (await client().post('/api/auth/register', { username: `bulk${i}`, password: 'correct horse' })).status,
      ).toBe(201);
    }
    const limited = await client().post('/api/auth/register', { username: 'bulk.more', password: 'correct horse' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
  });
});
