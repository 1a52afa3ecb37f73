import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiClient } from '../support/api-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
const lines: string[] = [];

beforeAll(async () => {
  testApp = await startTestApp({ LOG_LEVEL: 'info' }, { write: (line: string) => lines.push(line) });
});
afterAll(() => testApp.close());

describe('the request log line', () => {
  it('holds what an operator reads, the acting user included, and no header dump', async () => {
    const api = new ApiClient(testApp.baseUrl);
    await api.post('/api/auth/register', { username: 'log.reader', password: 'a long enough passphrase' });
    const me = await api.get('/api/me');
    lines.length = 0;
    await api.request('GET', '/api/me', { headers: { 'x-request-id': 'op-trace-1' } });

    const [line, ...others] = lines.filter((text) => text.includes('op-trace-1'));
    expect(others).toHaveLength(0);
    expect(JSON.parse(line!)).toEqual({
      level: 30,
      time: expect.any(Number),
      pid: expect.any(Number),
      hostname: expect.any(String),
      reqId: 'op-trace-1',
      userId: me.body.id,
      req: { id: 'op-trace-1', method: 'GET', url: '/api/me' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
      msg: 'request completed',
    });
    expect(line!.length).toBeLessThan(400);
  });

  it('masks the secret of a calendar feed URL', async () => {
    const secret = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5';
    lines.length = 0;
    await new ApiClient(testApp.baseUrl).request('GET', `/api/calendar/${secret}.ics?x=1`, {
      headers: { 'x-request-id': 'op-trace-2' },
    });
    const line = lines.find((text) => text.includes('op-trace-2'))!;
    expect(JSON.parse(line).req.url).toBe('/api/calendar/…?x=1');
    expect(lines.join('\n')).not.toContain(secret);
  });
});
