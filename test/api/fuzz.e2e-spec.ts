// Hostile input at every endpoint: wrong types, nulls, control and odd Unicode characters, huge
// strings, bad ids, bad JSON and malformed HTTP. Whatever is sent, the answer is never a 5xx, every 4xx
// is problem+json, and the connection answers before it closes. Endpoints: test/support/fuzz-endpoints.ts.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiClient } from '../support/api-client.js';
import { FUZZ_ENDPOINTS, type FuzzEndpoint, type FuzzRole } from '../support/fuzz-endpoints.js';
import {
  HOSTILE_CONTENT_TYPES,
  HOSTILE_COOKIES,
  HOSTILE_JSON_BODIES,
  hostileIds,
  hostileValues,
  seededRandom,
} from '../support/fuzz-inputs.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let seq = 0;

beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

/** A band of its own for each endpoint, so what one endpoint changes or deletes leaves the others be. */
interface World {
  readonly cookies: Record<FuzzRole, string | undefined>;
  readonly placeholders: Record<string, string>;
}

async function newWorld(): Promise<World> {
  const register = async (name: string) => {
    const api = new ApiClient(testApp.baseUrl);
    const response = await api.post('/api/auth/register', { username: `${name}${++seq}`, password: 'correct horse' });
    expect(response.status).toBe(201);
    return { api, id: response.body.user.id as string };
  };
  const admin = await register('admin');
  const member = await register('member');
  const band = (await admin.api.post('/api/bands', { name: 'Fuzz band' })).body.band;
  expect((await member.api.post('/api/bands/join', { inviteCode: band.inviteCode })).status).toBe(200);
  const created = async (api: ApiClient, path: string, body: object) => {
    const response = await api.post(`/api/bands/${band.id}/${path}`, body);
    expect(response.status).toBe(201);
    return (response.body.id ?? response.body.items[0].id) as string;
  };
  return {
    cookies: { anyone: undefined, member: member.api.cookie, admin: admin.api.cookie },
    placeholders: {
      bandId: band.id,
      userId: member.id,
      inviteCode: band.inviteCode,
      suggestionId: await created(member.api, 'suggestions', { title: 'Fuzz suggestion' }),
      songId: await created(admin.api, 'songs', { title: 'Fuzz song' }),
      gigId: await created(admin.api, 'gigs', { title: 'Fuzz gig', startsAt: '2027-06-21T20:00:00+02:00' }),
      calendarFile: new URL((await admin.api.post('/api/me/calendar-token')).body.url).pathname.split('/').pop()!,
      rehearsalId: await created(admin.api, 'rehearsals', {
        startsAt: '2026-12-03T20:00:00+01:00',
        repeat: { every: 'week', until: '2026-12-24' },
      }),
    },
  };
}

/** The world as an endpoint sees it: its path parameters named otherwise get their placeholder's value. */
function forEndpoint(world: World, endpoint: FuzzEndpoint): World {
  const params = Object.entries(endpoint.params ?? {}).map(([name, placeholder]) => [
    name,
    world.placeholders[placeholder]!,
  ]);
  return { ...world, placeholders: { ...world.placeholders, ...Object.fromEntries(params) } };
}

function fill(text: string, world: World): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name === 'seq' ? String(++seq) : (world.placeholders[name] ?? whole),
  );
}

function fillBody(value: unknown, world: World): unknown {
  if (typeof value === 'string') return fill(value, world);
  if (Array.isArray(value)) return value.map((item) => fillBody(item, world));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillBody(item, world)]));
  }
  return value;
}

/** Dotted paths of the leaves of a body: `preferences.theme`. */
function leafPaths(body: Readonly<Record<string, unknown>>, prefix = ''): string[] {
  return Object.entries(body).flatMap(([key, value]) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? leafPaths(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** A copy of the body with the leaf at `path` replaced, or removed when `value` is `absent`. */
function withLeaf(body: unknown, path: string, value: unknown, absent: symbol): unknown {
  const copy = structuredClone(body) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce((node, key) => node[key] as Record<string, unknown>, copy);
  if (value === absent) delete parent[last];
  else parent[last] = value;
  return copy;
}

interface Attempt {
  readonly method: string;
  readonly path: string;
  readonly cookie?: string;
  readonly json?: unknown;
  readonly body?: string | Uint8Array<ArrayBuffer>;
  readonly contentType?: string;
}

const failures: string[] = [];

function describeAttempt(attempt: Attempt, as: string): string {
  const shown = attempt.json !== undefined ? JSON.stringify(attempt.json) : String(attempt.body ?? '');
  return `${attempt.method} ${attempt.path.slice(0, 100)} as ${as}${shown ? ` with ${shown.slice(0, 100)}` : ''}`;
}

/** Sends one request; records a failure unless it got a sane answer. Resolves with the status. */
async function attempt(attempt: Attempt, as: string): Promise<number | undefined> {
  const headers: Record<string, string> = {};
  if (attempt.cookie) headers.cookie = attempt.cookie;
  const body = attempt.json !== undefined ? JSON.stringify(attempt.json) : attempt.body;
  const contentType = attempt.contentType ?? (body !== undefined ? 'application/json' : undefined);
  if (contentType) headers['content-type'] = contentType;
  const label = describeAttempt(attempt, as);
  let response: Response;
  try {
    const signal = AbortSignal.timeout(10_000);
    response = await fetch(testApp.baseUrl + attempt.path, { method: attempt.method, headers, body, signal });
  } catch (error) {
    failures.push(`${label}: no answer (${(error as Error).cause ?? (error as Error).message})`);
    return undefined;
  }
  const text = await response.text();
  const fault = faultOf(response.status, response.headers.get('content-type'), text, attempt.method === 'HEAD');
  if (fault) failures.push(`${label}: ${fault}`);
  return response.status;
}

/** What is wrong with an answer, or undefined when it is sane. */
function faultOf(status: number, contentType: string | null, text: string, headOnly = false): string | undefined {
  if (status >= 500) return `${status} ${text.slice(0, 200)}`;
  if (status < 400) return undefined;
  if (!contentType?.startsWith('application/problem+json')) return `${status} as ${contentType}: ${text.slice(0, 200)}`;
  if (headOnly) return undefined;
  try {
    const problem = JSON.parse(text);
    if (problem.status !== status || typeof problem.code !== 'string' || typeof problem.detail !== 'string') {
      return `${status} with a malformed problem: ${text.slice(0, 200)}`;
    }
  } catch {
    return `${status} problem+json that is not JSON: ${text.slice(0, 200)}`;
  }
  return undefined;
}

function expectNoFailures(): void {
  const found = failures.splice(0);
  expect(found.slice(0, 30)).toEqual([]);
}

/** The same requests on every run; an endpoint's requests stay the same when others are added. */
function seedOf(name: string): number {
  return [...name].reduce((hash, char) => Math.imul(hash ^ char.codePointAt(0)!, 16777619), 2166136261);
}

async function fuzz(endpoint: FuzzEndpoint): Promise<void> {
  const random = seededRandom(seedOf(`${endpoint.method} ${endpoint.path}`));
  const world = forEndpoint(await newWorld(), endpoint);
  const cookie = world.cookies[endpoint.as];
  const bare = () => fill(endpoint.path, world);
  const path = (query = endpoint.query) => bare() + (query ? `?${new URLSearchParams(query)}` : '');
  const body = () => (endpoint.body ? fillBody(endpoint.body, world) : undefined);
  const send = (changes: Partial<Attempt>, as: string = endpoint.as) =>
    attempt({ method: endpoint.method, path: path(), cookie, json: body(), ...changes }, as);

  const unbroken = await send({});
  if (unbroken !== endpoint.status) failures.push(`unbroken, it answered ${unbroken}, not ${endpoint.status}`);

  // Every field of the body, one at a time: each hostile value, and left out.
  const absent = Symbol('absent');
  for (const leaf of endpoint.body ? leafPaths(endpoint.body) : []) {
    for (const value of [...hostileValues(random), absent]) {
      await send({ json: withLeaf(body(), leaf, value, absent) });
    }
  }

  // Every query parameter, one at a time: each hostile value as text, and left out.
  for (const name of Object.keys(endpoint.query ?? {})) {
    for (const value of [...hostileValues(random), absent]) {
      const { [name]: _dropped, ...others } = endpoint.query!;
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      await send({ path: path(value === absent ? others : { ...others, [name]: text ?? '' }) });
    }
  }

  // The whole body: wrong JSON types, broken JSON, wrong content types.
  if (endpoint.method !== 'GET') {
    for (const whole of [null, [], 'text', 42, { unexpected: true }, { ...(body() as object), unexpected: 1 }]) {
      await send({ json: whole });
    }
    for (const raw of HOSTILE_JSON_BODIES) await send({ json: undefined, body: raw });
    for (const { contentType, body: raw } of HOSTILE_CONTENT_TYPES) {
      await send({ json: undefined, body: raw, contentType });
    }
  }

  // The path: every parameter replaced by bad ids, junk query strings, other methods.
  for (const name of endpoint.path.match(/\{(\w+)\}/g) ?? []) {
    for (const id of hostileIds(random)) {
      await send({ path: fill(endpoint.path.replace(name, id), world) });
    }
  }
  await send({ path: `${bare()}?limit=-1&cursor=%00&q=%ff&__proto__[x]=1&a=${'%E2%80%AE'.repeat(10)}` });
  await send({ path: `${bare()}?${'a=1&'.repeat(2000)}` });
  for (const method of ['HEAD', 'OPTIONS', 'PROPFIND']) await send({ method, json: undefined });

  // Without a session, with sessions that are not, and (for admin work) as a plain member.
  if (endpoint.as !== 'anyone') {
    await send({ cookie: undefined }, 'anyone');
    for (const hostile of HOSTILE_COOKIES) await send({ cookie: hostile }, `cookie ${hostile.slice(0, 30)}`);
  }
  if (endpoint.as === 'admin') await send({ cookie: world.cookies.member }, 'member');
}

describe('fuzzing every endpoint', () => {
  it('covers every route of the OpenAPI document, and only those', async () => {
    const document = (await new ApiClient(testApp.baseUrl).get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const table = FUZZ_ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.path}`);
    expect([...table].sort()).toEqual([...routes].sort());
  });

  it.each(FUZZ_ENDPOINTS.map((endpoint) => [`${endpoint.method} ${endpoint.path}`, endpoint] as const))(
    '%s never answers a 5xx nor anything but problem+json for an error',
    async (_name, endpoint) => {
      await fuzz(endpoint);
      expectNoFailures();
    },
  );
});

/** Writes bytes on a fresh connection and reads the answer until the server closes it. */
function rawExchange(request: string | Buffer): Promise<string> {
  const { port } = new URL(testApp.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      // One complete answer is enough; a keep-alive connection would stay open.
      const [head, rest] = received.split('\r\n\r\n', 2);
      const length = /\r\ncontent-length: *(\d+)/i.exec(head ?? '')?.[1];
      if (rest !== undefined && length !== undefined && Buffer.byteLength(rest, 'latin1') >= Number(length)) {
        socket.destroy();
        resolve(received);
      }
    });
    socket.on('close', () => resolve(received));
    socket.on('error', (error) => (received ? resolve(received) : reject(error)));
    socket.write(request);
  });
}

describe('malformed HTTP', () => {
  const host = 'Host: 127.0.0.1\r\n';
  it.each([
    ['a Content-Length that is not a number', `GET /api/health HTTP/1.1\r\n${host}Content-Length: abc\r\n\r\n`],
    [
      'both Content-Length and chunked encoding',
      `POST /api/auth/login HTTP/1.1\r\n${host}Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    ],
    [
      'a broken chunk',
      `POST /api/auth/login HTTP/1.1\r\n${host}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
    ],
    [
      'a body longer than its Content-Length',
      `POST /api/auth/login HTTP/1.1\r\n${host}Content-Type: application/json\r\nContent-Length: 1\r\n\r\n{}`,
    ],
    ['a header name with a space', `GET /api/health HTTP/1.1\r\n${host}Bad Header: x\r\n\r\n`],
    ['a NUL in a header value', `GET /api/health HTTP/1.1\r\n${host}X-Thing: a\u0000b\r\n\r\n`],
    ['a header larger than 16 kB', `GET /api/health HTTP/1.1\r\n${host}X-Big: ${'a'.repeat(20_000)}\r\n\r\n`],
    ['a URL larger than 16 kB', `GET /api/${'a'.repeat(20_000)} HTTP/1.1\r\n${host}\r\n`],
    ['a NUL in the URL', `GET /api/he\u0000alth HTTP/1.1\r\n${host}\r\n`],
    ['no Host header', 'GET /api/health HTTP/1.1\r\n\r\n'],
    ['an unknown HTTP version', `GET /api/health HTTP/9.9\r\n${host}\r\n`],
    ['garbage', 'GARBAGE\r\n\r\n'],
    ['a TLS handshake', Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03])],
  ])('answers %s with a problem+json 4xx', async (_name, request) => {
    const answer = await rawExchange(request);
    const [head = '', text = ''] = answer.split('\r\n\r\n', 2);
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1]);
    const contentType = /\r\ncontent-type: *([^\r\n]+)/i.exec(head)?.[1] ?? null;
    expect(status).toBeGreaterThanOrEqual(400);
    expect(faultOf(status, contentType, text) ?? 'sane').toBe('sane');
  });
});
