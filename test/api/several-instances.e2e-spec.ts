import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { migrateDatabase } from '../../backend/src/database/migrate.js';
import { ApiClient } from '../support/api-client.js';
import { sqlRows } from '../support/sql-rows.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Two instances on one DATABASE_URL, started as main.ts starts one: migrations, then the app. Behind a
// proxy, one person's requests land on either: whatever one instance knows, the other must know too.
let database: TestDatabase;
const apps: TestApp[] = [];
let a: TestApp;
let b: TestApp;

/** What `npm start` does with DATABASE_URL set. */
async function startInstance(): Promise<TestApp> {
  await migrateDatabase(database.url, () => undefined);
  const app = await startTestApp({ DATABASE_URL: database.url, RATE_LIMIT_LOGIN: '4' });
  apps.push(app);
  return app;
}

beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
});

afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  await database.drop();
});

describe('two instances on one database', () => {
  it('both come up when they start at once on a fresh database, the migrations applied once', async () => {
    [a, b] = await Promise.all([startInstance(), startInstance()]);
    for (const app of [a, b]) {
      const health = await new ApiClient(app.baseUrl).get('/api/health');
      expect(health.status).toBe(200);
      expect(health.body).toEqual({ status: 'ok', database: 'up' });
    }
    const twice = await sqlRows(
      database.url,
      'select name from mikro_orm_migrations group by name having count(*) > 1',
    );
    expect(twice).toEqual([]);
  });

  it('share sessions: signed in on one, known on the other, signed out everywhere at once', async () => {
    const onA = new ApiClient(a.baseUrl);
    expect((await onA.post('/api/auth/register', { username: 'roaming', password: 'correct horse' })).status).toBe(201);
    const onB = new ApiClient(b.baseUrl);
    onB.cookie = onA.cookie;
    expect((await onB.get('/api/me')).body.username).toBe('roaming');
    expect((await onB.post('/api/auth/logout')).status).toBe(204);
    expect((await onA.get('/api/me')).status).toBe(401);
  });

  it('share rate limits: wrong passwords on both count together', async () => {
    await new ApiClient(a.baseUrl).post('/api/auth/register', { username: 'guarded', password: 'the real one' });
    for (const [index, app] of [a, b, a, b].entries()) {
      const guess = await new ApiClient(app.baseUrl).post('/api/auth/login', {
        username: 'guarded',
        password: `no ${index}`,
      });
      expect(guess.status).toBe(401);
    }
    for (const app of [a, b]) {
      const limited = await new ApiClient(app.baseUrl).post('/api/auth/login', {
        username: 'guarded',
        password: 'the real one',
      });
      expect(limited.status).toBe(429);
    }
  });
});
