import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiClient } from '../support/api-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
const client = () => new ApiClient(testApp.baseUrl);

beforeAll(async () => {
  testApp = await startTestApp({ PUBLIC_ORIGIN: 'https://band.example.org', COOKIE_SECURE: 'false' });
});
afterAll(() => testApp.close());

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('request bodies', () => {
  it('answers 415 problem+json for a body that is not JSON', async () => {
    const response = await client().request('POST', '/api/auth/login', {
      body: 'username=a&password=b',
      headers: { 'content-type': 'text/plain' },
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 400 for malformed JSON', async () => {
    const response = await client().request('POST', '/api/auth/login', {
      body: '{"username": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('MALFORMED_JSON');
  });

  it('answers 413 above 64 kB', async () => {
    const response = await client().post('/api/auth/register', { username: 'big', password: 'x'.repeat(70_000) });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 400, never a crash, for JSON nested deeper than 32 levels', async () => {
    for (const depth of [33, 10_000]) {
      const response = await client().request('POST', '/api/auth/register', {
        body: `{"username":"deep","password":"correct horse","x":${nested(depth)}}`,
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('BODY_TOO_DEEP');
    }
    expect((await client().get('/api/health')).status).toBe(200);
  });

  it('refuses a compressed body with 415 problem+json, never inflating it: a gzip bomb, or JSON', async () => {
    const login = (body: Buffer, encoding: string) =>
      fetch(`${testApp.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': encoding },
        body: new Uint8Array(body),
      });
    const json = Buffer.from(JSON.stringify({ username: 'nobody', password: 'wrong password' }));
    const bomb = gzipSync(Buffer.alloc(32 * 1024 * 1024, ' ')); // 32 MB of spaces in about 32 kB
    expect(bomb.length).toBeLessThan(64 * 1024);
    for (const [body, encoding] of [
      [bomb, 'gzip'],
      [gzipSync(json), 'gzip'], // inflated, it would be a login (401)
      [deflateSync(json), 'deflate'],
      [brotliCompressSync(json), 'br'],
      [json, 'x-unknown'],
    ] as const) {
      const response = await login(body, encoding);
      expect(response.status).toBe(415);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 415, code: 'UNSUPPORTED_CONTENT_ENCODING' });
    }
    expect((await login(json, 'identity')).status).toBe(401);
  });

  it('refuses a prototype-poisoning body', async () => {
    const response = await client().request('POST', '/api/auth/login', {
      body: '{"username":"a","password":"b","__proto__":{"admin":true}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
  });
});

describe('hostile text', () => {
  const expectFieldRefused = (response: { status: number; body: any }, field: string) => {
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  };

  it('refuses a NUL, a line break or a direction override in a name with 400, never 500', async () => {
    for (const displayName of ['Lé\u0000a', 'Léa\nDrums', '\u202eaéL', 'L\ud800']) {
      const response = await client().post('/api/auth/register', {
        username: 'nul.name',
        password: 'correct horse',
        displayName,
      });
      expectFieldRefused(response, 'displayName');
    }
    expectFieldRefused(
      await client().post('/api/auth/login', { username: 'a\u0000b', password: 'whatever' }),
      'username',
    );
    const api = client();
    await api.post('/api/auth/register', { username: 'band.maker', password: 'correct horse' });
    expectFieldRefused(await api.post('/api/bands', { name: 'Les\u0000Rythmes' }), 'name');
    expectFieldRefused(await api.patch('/api/me', { displayName: 'x\u0007' }), 'displayName');
  });

  it('keeps tabs and new lines in a description, and emoji and any script in a name', async () => {
    const api = client();
    await api.post('/api/auth/register', { username: 'unicode.fan', password: 'correct horse', displayName: 'Léa 🥁' });
    const band = (await api.post('/api/bands', { name: 'فرقة الخميس 🎸' })).body.band;
    expect(band.name).toBe('فرقة الخميس 🎸');
    const description = 'Le jeudi :\n\t20 h, studio B';
    expect((await api.patch(`/api/bands/${band.id}`, { description })).body.description).toBe(description);
    expect((await api.get('/api/me')).body.displayName).toBe('Léa 🥁');
  });

  it('refuses null for an optional field with 400, except where null means "remove"', async () => {
    expectFieldRefused(
      await client().post('/api/auth/register', {
        username: 'null.name',
        password: 'correct horse',
        displayName: null,
      }),
      'displayName',
    );
    const api = client();
    await api.post('/api/auth/register', { username: 'null.patcher', password: 'correct horse' });
    expectFieldRefused(await api.patch('/api/me', { displayName: null }), 'displayName');
    expectFieldRefused(await api.patch('/api/me', { preferences: null }), 'preferences');
    expectFieldRefused(await api.patch('/api/me', { preferences: { theme: null } }), 'preferences.theme');
    const band = (await api.post('/api/bands', { name: 'Null band' })).body.band;
    expectFieldRefused(await api.patch(`/api/bands/${band.id}`, { description: null }), 'description');
    expect((await api.patch(`/api/bands/${band.id}`, { logoUrl: null })).status).toBe(200);
  });
});

describe('errors answered before routing', () => {
  const expectProblem = (response: { status: number; headers: Headers; body: any }, status: number, code: string) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status, code });
  };

  it('answers an over-long route parameter with 414 problem+json', async () => {
    // (a GET falls through to the PWA's catch-all route, which answers 404)
    expectProblem(await client().post(`/api/bands/${'x'.repeat(200)}/invite-code`), 414, 'URI_TOO_LONG');
  });

  it('answers a malformed %-encoding with 400 problem+json', async () => {
    expectProblem(await client().get('/api/bands/%zz'), 400, 'BAD_URL');
  });

  it('answers an address or headers above 16 kB with 431 problem+json', async () => {
    expectProblem(await client().get(`/api/me?${'x'.repeat(20_000)}`), 431, 'HEADERS_TOO_LARGE');
    const response = await client().request('GET', '/api/health', { headers: { 'x-big': 'y'.repeat(20_000) } });
    expectProblem(response, 431, 'HEADERS_TOO_LARGE');
  });
});

describe('cross-site requests', () => {
  const register = (headers: Record<string, string>, username: string) =>
    client().request('POST', '/api/auth/register', { json: { username, password: 'correct horse' }, headers });

  it('refuses an unsafe request whose Origin names another site, login and registration included', async () => {
    const response = await register({ origin: 'https://evil.example' }, 'csrf.victim1');
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('CROSS_SITE_REQUEST');
    const login = await client().request('POST', '/api/auth/login', {
      json: { username: 'x', password: 'y' },
      headers: { origin: 'https://evil.example' },
    });
    expect(login.status).toBe(403);
  });

  it('refuses a request the browser labels cross-site', async () => {
    expect((await register({ 'sec-fetch-site': 'cross-site' }, 'csrf.victim2')).status).toBe(403);
  });

  it('accepts the public origin, and scripts that send neither header', async () => {
    expect(
      (await register({ origin: 'https://band.example.org', 'sec-fetch-site': 'same-origin' }, 'same.site')).status,
    ).toBe(201);
    expect((await register({}, 'a.script')).status).toBe(201);
  });
});

describe('errors and headers', () => {
  it('answers unknown API routes with 404 problem+json', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const response = await client().request(method, '/api/no/such/thing');
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body).toMatchObject({ status: 404, code: 'NOT_FOUND', title: 'Not Found' });
    }
  });

  it('sends a Content-Security-Policy and a request id', async () => {
    const response = await client().get('/api/health');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await client().request('GET', '/api/health', { headers: { 'x-request-id': 'trace-me-42' } });
    expect(echoed.headers.get('x-request-id')).toBe('trace-me-42');
  });

  it("sends helmet's whole header set, the same on every answer", async () => {
    const security = (headers: Headers) =>
      Object.fromEntries(
        [...headers].filter(([name]) => /^(content-security-policy|x-|cross-origin-|referrer-|origin-)/.test(name)),
      );
    const health = security((await client().get('/api/health')).headers);
    const missing = security((await client().get('/api/no/such/thing')).headers);
    expect(health).toMatchObject({
      'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'cross-origin-opener-policy': 'same-origin',
      'referrer-policy': 'no-referrer',
    });
    expect(health['content-security-policy']).not.toContain('upgrade-insecure-requests'); // plain HTTP here
    const { 'x-request-id': _healthId, ...healthRest } = health;
    const { 'x-request-id': _missingId, ...missingRest } = missing;
    expect(missingRest).toEqual(healthRest);
  });
});
