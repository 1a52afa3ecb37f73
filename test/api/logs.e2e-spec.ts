import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiClient } from '../support/api-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
const lines: string[] = [];

beforeAll(async () => {
  testApp = await startTestApp({ LOG_LEVEL: 'debug' }, { write: (line: string) => lines.push(line) });
});
afterAll(() => testApp.close());

describe('logs', () => {
  it('are JSON lines with request ids, and carry no password, cookie or session token', async () => {
    const api = new ApiClient(testApp.baseUrl);
    const password = 'a very secret passphrase';
    await api.post('/api/auth/register', { username: 'logged.user', password });
    const token = api.cookie!.split('=')[1]!;
    await api.post('/api/auth/login', { username: 'logged.user', password });
    await api.put('/api/me/password', { currentPassword: password, newPassword: 'another secret one' });
    await api.get('/api/me');

    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(3);
    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.req);
    expect(requests.length).toBeGreaterThanOrEqual(4); // one line at least for each request above
    expect(requests.every((entry) => typeof entry.req.id === 'string' && entry.req.id.length > 0)).toBe(true);
    for (const secret of [password, 'another secret one', token, 'bt_session=']) {
      expect(text).not.toContain(secret);
    }
  });
});
