import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiClient } from '../support/api-client.js';
import { LiveClient } from '../support/live-client.js';
import {
  BUILD_TIMEOUT_MS,
  builtServerEnvironment,
  ensureServerBuilt,
  startBuiltServer,
} from '../support/built-server.js';
import type { ServerProcess } from '../support/server-process.js';
import { sqlRows } from '../support/sql-rows.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Two built servers (dist/server, each its own process, as `npm start` runs it, as `docker compose
// --scale app=2` runs two) on one DATABASE_URL: started at the same moment on a fresh database, then
// one person's requests and sockets on either.
let database: TestDatabase;
let workDir: string;
const servers: ServerProcess[] = [];

async function startInstance(name: string): Promise<ServerProcess> {
  const env = await builtServerEnvironment({ DATABASE_URL: database.url, DATA_DIR: join(workDir, name) });
  const server = await startBuiltServer(name, env, join(workDir, `${name}.log`));
  servers.push(server);
  return server;
}

beforeAll(async () => {
  await ensureServerBuilt((message) => console.log(message));
  database = await createTestDatabase({ migrated: false });
  workDir = await mkdtemp(join(resolve('.test-data'), 'several-processes-'));
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await database.drop();
  await rm(workDir, { recursive: true, force: true });
});

describe('two server processes on one database', () => {
  it('both come up at once on a fresh database, then share a session and bring a vote on A to a socket on B', async () => {
    const [a, b] = await Promise.all([startInstance('a'), startInstance('b')]);
    for (const server of [a, b]) {
      expect((await new ApiClient(server.url).get('/api/health')).body).toEqual({ status: 'ok', database: 'up' });
    }
    const migrations = await sqlRows(
      database.url,
      'select count(*)::int as applied, count(distinct name)::int as distinct from mikro_orm_migrations',
    );
    expect(migrations[0]!.applied).toBeGreaterThan(0);
    expect(migrations[0]!.distinct).toBe(migrations[0]!.applied);

    const onA = new ApiClient(a.url);
    expect((await onA.post('/api/auth/register', { username: 'roaming', password: 'correct horse' })).status).toBe(201);
    const onB = new ApiClient(b.url);
    onB.cookie = onA.cookie;
    expect((await onB.get('/api/me')).body.username).toBe('roaming');

    const band = (await onB.post('/api/bands', { name: 'Les Rythmes' })).body.band;
    const suggestionId = (await onA.post(`/api/bands/${band.id}/suggestions`, { title: 'Zombie' })).body.id;
    const socketOnB = await LiveClient.open(b.url, onA.cookie);
    try {
      const started = Date.now();
      expect((await onA.post(`/api/suggestions/${suggestionId}/vote`)).status).toBe(200);
      expect(await socketOnB.next((message) => message.type === 'vote.changed')).toEqual({
        type: 'vote.changed',
        bandId: band.id,
        at: expect.any(String),
        suggestionId,
        votes: 1,
      });
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      await socketOnB.close();
    }
  }, 120_000); // two servers starting on two cores
});
