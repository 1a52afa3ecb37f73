import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startEmbeddedDatabase } from '../../backend/src/database/embedded-database.js';
import { migrateDatabase } from '../../backend/src/database/migrate.js';
import { ApiClient } from '../support/api-client.js';
import { type CommandResult, runOperatorCommand } from '../support/operator-command.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The operator command `npm run user -- reset-password USERNAME` (scripts/cli.mjs user, run as a real
// child process) and the endpoint its link leads to, POST /api/auth/reset-password.
const ORIGIN = 'https://band.example.org';
const RESET_LIMIT = 4;
const BUILD_TIMEOUT_MS = 240_000; // the first run compiles dist/server when it is out of date
let testApp: TestApp;
let seq = 0;

/** Runs `npm run user -- …` as the operator would, with the environment given (and no other database). */
function userCommand(args: string[], env: Record<string, string>): Promise<CommandResult> {
  return runOperatorCommand({ cli: 'user' }, args, { DATABASE_URL: undefined, PUBLIC_ORIGIN: ORIGIN, ...env });
}

function tokenOf(result: CommandResult): string {
  expect(result).toMatchObject({ code: 0, stderr: expect.stringMatching(/valid until \d{4}-\d\d-\d\dT/) });
  const lines = result.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  const link = new URL(lines[0]!);
  expect(`${link.origin}${link.pathname}`).toBe(`${ORIGIN}/reset-password`);
  return link.searchParams.get('token')!;
}

async function signedUp(api: ApiClient, password = 'first password') {
  const username = `drummer${++seq}`;
  expect((await api.post('/api/auth/register', { username, password })).status).toBe(201);
  return username;
}

const reset = (token: string, newPassword: string, from = '203.0.113.1') =>
  new ApiClient(testApp.baseUrl).request('POST', '/api/auth/reset-password', {
    json: { token, newPassword },
    headers: { 'x-forwarded-for': from },
  });

async function sql(text: string, values: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: testApp.databaseUrl });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  testApp = await startTestApp({ TRUST_PROXY: 'true', RATE_LIMIT_PASSWORD_RESET: String(RESET_LIMIT) });
  // Compiles dist/server if needed, and checks the usage message on the way.
  const usage = await userCommand([], {});
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain('usage: npm run user -- reset-password USERNAME');
}, BUILD_TIMEOUT_MS);
afterAll(() => testApp.close());

describe('npm run user -- reset-password', () => {
  const env = () => ({ DATABASE_URL: testApp.databaseUrl! });

  it('prints a one-time link that sets a new password and signs out every device', async () => {
    const phone = new ApiClient(testApp.baseUrl);
    const username = await signedUp(phone);
    const laptop = new ApiClient(testApp.baseUrl);
    await laptop.post('/api/auth/login', { username, password: 'first password' });

    const token = tokenOf(await userCommand(['reset-password', username.toUpperCase()], env()));
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const same = await reset(token, 'first password');
    expect(same.status).toBe(422);
    expect(same.body).toMatchObject({ code: 'IDENTITY.SAME_PASSWORD', errors: [{ field: 'newPassword' }] });
    expect((await phone.get('/api/me')).status).toBe(200); // a refusal changes nothing

    const done = await reset(token, 'second password');
    expect(done.status).toBe(204);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await laptop.get('/api/me')).status).toBe(401);
    const old = await new ApiClient(testApp.baseUrl).post('/api/auth/login', { username, password: 'first password' });
    expect(old.status).toBe(401);
    const fresh = await new ApiClient(testApp.baseUrl).post('/api/auth/login', {
      username,
      password: 'second password',
    });
    expect(fresh.status).toBe(200);

    const again = await reset(token, 'third password');
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({ code: 'IDENTITY.RESET_TOKEN_INVALID', errors: [{ field: 'token' }] });
  });

  it('stores only the token’s SHA-256, and a new link replaces the older one', async () => {
    const username = await signedUp(new ApiClient(testApp.baseUrl));
    const first = tokenOf(await userCommand(['reset-password', username], env()));
    const second = tokenOf(await userCommand(['reset-password', username], env()));
    const client = new pg.Client({ connectionString: testApp.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ token_hash: string }>(
        `select r.token_hash from password_resets r join users u on u.id = r.user_id where u.username = $1`,
        [username],
      );
      const { createHash } = await import('node:crypto');
      expect(rows).toEqual([{ token_hash: createHash('sha256').update(second).digest('hex') }]);
    } finally {
      await client.end();
    }
    expect((await reset(first, 'another password')).body.code).toBe('IDENTITY.RESET_TOKEN_INVALID');
    expect((await reset(second, 'another password')).status).toBe(204);
  });

  it('makes links that expire after one hour', async () => {
    const username = await signedUp(new ApiClient(testApp.baseUrl));
    const token = tokenOf(await userCommand(['reset-password', username], env()));
    await sql(
      `update password_resets set expires_at = now() - interval '1 second'
        where user_id = (select id from users where username = $1)`,
      [username],
    );
    const expired = await reset(token, 'another password');
    expect(expired.status).toBe(422);
    expect(expired.body.code).toBe('IDENTITY.RESET_TOKEN_INVALID');
  });

  it('says so for an unknown user, and prints no link', async () => {
    const result = await userCommand(['reset-password', 'nobody'], env());
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('No user is named "nobody"') });
  });
});

describe('POST /api/auth/reset-password', () => {
  it('refuses bad input with 400 naming the field', async () => {
    for (const [body, field] of [
      [{ token: 'x', newPassword: 'short' }, 'newPassword'],
      [{ newPassword: 'long enough' }, 'token'],
      [{ token: 'x'.repeat(257), newPassword: 'long enough' }, 'token'],
      [{ token: 'nul\u0000', newPassword: 'long enough' }, 'token'],
    ] as const) {
      const response = await new ApiClient(testApp.baseUrl).post('/api/auth/reset-password', body);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });

  it(`limits an address to ${RESET_LIMIT} bad tokens per 15 minutes, then refuses even a good one`, async () => {
    const username = await signedUp(new ApiClient(testApp.baseUrl));
    const token = tokenOf(await userCommand(['reset-password', username], { DATABASE_URL: testApp.databaseUrl! }));
    for (let i = 0; i < RESET_LIMIT; i++) {
      expect((await reset(`guess-${i}`, 'another password', '203.0.113.99')).status).toBe(422);
    }
    const limited = await reset(token, 'another password', '203.0.113.99');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    expect((await reset(token, 'another password', '203.0.113.100')).status).toBe(204);
  });
});

describe('beside a server on the embedded PostgreSQL', () => {
  let dataDir: string;

  beforeAll(async () => {
    await mkdir(resolve('.test-data'), { recursive: true });
    dataDir = await mkdtemp(join(resolve('.test-data'), 'user-command-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('uses the server’s running cluster and leaves it running; starts and stops it when none runs', async () => {
    const cluster = await startEmbeddedDatabase({ dataDir: join(dataDir, 'postgres'), databaseName: 'bandtrack' });
    let server: TestApp | undefined;
    try {
      await migrateDatabase(cluster.url, () => undefined);
      server = await startTestApp({ DATABASE_URL: cluster.url });
      const api = new ApiClient(server.baseUrl);
      const username = await (async () => {
        const name = `singer${++seq}`;
        await api.post('/api/auth/register', { username: name, password: 'first password' });
        return name;
      })();

      const token = tokenOf(await userCommand(['reset-password', username], { DATA_DIR: dataDir }));
      expect((await api.get('/api/health')).body.database).toBe('up'); // the server's PostgreSQL still runs
      const response = await new ApiClient(server.baseUrl).post('/api/auth/reset-password', {
        token,
        newPassword: 'second password',
      });
      expect(response.status).toBe(204);
      await server.close();
      server = undefined;
      await cluster.stop();

      const alone = await userCommand(['reset-password', username], { DATA_DIR: dataDir });
      expect(tokenOf(alone)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false); // stopped after itself
    } finally {
      await server?.close();
      await cluster.stop();
    }
  }, 120_000);
});
