// Environment shared by the jest global setup (which writes it) and the test files (which read it).
// Jest starts its workers after the global setup, so they inherit these variables.
export const TEST_DATABASE_ENV = {
  /** Input, optional: a PostgreSQL server to use instead of starting an embedded one. */
  serverUrl: 'TEST_DATABASE_URL',
  /** Written by the setup: connection to the server's maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: 'TEST_DATABASE_ADMIN_URL',
  /** Written by the setup: the migrated template database each test database is copied from. */
  template: 'TEST_DATABASE_TEMPLATE',
  /** Written by the setup: part of every database name of this run, so teardown can drop leftovers. */
  runId: 'TEST_DATABASE_RUN_ID',
} as const;

export const TEMPLATE_DATABASE = 'bandtrack_test_template';

/** Tests only ever create or drop databases whose name says so. */
export function assertTestDatabaseName(name: string): void {
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes('test')) {
    throw new Error(`Refusing to use database "${name}": a test database name must contain "test"`);
  }
}

/** The same server URL pointing at another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}
