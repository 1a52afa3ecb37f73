// One PostgreSQL database per test file, copied from the migrated template made by the global setup:
//   let db: TestDatabase;
//   beforeAll(async () => { db = await createTestDatabase(); });
//   afterAll(() => db.drop());
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { assertTestDatabaseName, databaseUrl, TEST_DATABASE_ENV } from './test-database-env.js';

export interface TestDatabase {
  /** Connection URL of the new database (give it to the app as DATABASE_URL). */
  readonly url: string;
  /** Drops the database, closing any connection left open. */
  drop(): Promise<void>;
}

/** `migrated: false` gives an empty database, for a test that applies the migrations itself. */
export async function createTestDatabase({ migrated = true } = {}): Promise<TestDatabase> {
  const adminUrl = requiredEnv(TEST_DATABASE_ENV.adminUrl);
  const runId = requiredEnv(TEST_DATABASE_ENV.runId);
  const name = `bandtrack_test_${runId}_${randomBytes(4).toString('hex')}`;
  assertTestDatabaseName(name);
  const template = migrated ? requiredEnv(TEST_DATABASE_ENV.template) : 'template0';
  if (migrated) assertTestDatabaseName(template);

  await withAdmin(adminUrl, async (admin) => {
    const sql = `CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE ${admin.escapeIdentifier(template)}`;
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(sql);
        return;
      } catch (error) {
        // 55006: the template is briefly in use (another worker copying it): retry.
        if ((error as { code?: string }).code !== '55006' || attempt >= 20) {
          throw error;
        }
        await new Promise((done) => setTimeout(done, 100 * attempt));
      }
    }
  });

  let dropped = false;
  return {
    url: databaseUrl(adminUrl, name),
    drop: async () => {
      if (dropped) {
        return;
      }
      dropped = true;
      await withAdmin(adminUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`),
      );
    },
  };
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: createTestDatabase() runs in the jest "api" or "browser" project, ` +
        'whose global setup (test/support/global-setup.ts) prepares the database server',
    );
  }
  return value;
}

async function withAdmin<T>(adminUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
