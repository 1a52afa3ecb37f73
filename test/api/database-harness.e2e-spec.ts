import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('test database harness', () => {
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });

  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  it('gives a fresh database with the migrations applied', async () => {
    const [database] = await query<{ name: string }>(first.url, 'SELECT current_database() AS name');
    expect(database?.name).toMatch(/^bandtrack_test_/);
    const tables = await query<{ name: string }>(
      first.url,
      `SELECT to_regclass('public.mikro_orm_migrations')::text AS name`,
    );
    expect(tables[0]?.name).toBe('mikro_orm_migrations');
  });

  it('isolates two databases from each other', async () => {
    await query(first.url, 'CREATE TABLE harness_probe (id int PRIMARY KEY)');
    await query(first.url, 'INSERT INTO harness_probe VALUES (1)');

    const inFirst = await query<{ count: string }>(first.url, 'SELECT count(*) AS count FROM harness_probe');
    const inSecond = await query<{ name: string | null }>(
      second.url,
      `SELECT to_regclass('public.harness_probe')::text AS name`,
    );
    expect(inFirst[0]?.count).toBe('1');
    expect(inSecond[0]?.name).toBeNull();
    expect(second.url).not.toBe(first.url);
  });
});
