import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import type pg from 'pg';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, backupFileName } from './backup-archive.js';
import { applicationTables, lastMigration, type Query, quoteIdentifier } from './database-tables.js';

export interface TakeBackupOptions {
  /** A connection of its own for the length of the backup (a pool's client, or a Client). */
  client: pg.ClientBase;
  directory: string;
  appVersion: string;
  /** When it is taken: names the file. */
  now: Date;
  signal?: AbortSignal;
}

export interface TakenBackup {
  readonly file: string;
  readonly bytes: number;
  readonly migration: string;
  readonly rows: Record<string, number>;
}

/** Rows fetched from the cursor at a time: the only part of a table in memory. */
const FETCH_ROWS = 1000;

/**
 * Writes a consistent snapshot of every application table to `directory` (ADR 0048): one
 * `REPEATABLE READ`, read-only transaction, so every table is read as of one instant while people
 * keep writing, each table through a cursor into gzip'd NDJSON. The file appears under its final name
 * only once complete; on any failure or abort nothing is left behind.
 */
export async function takeBackup({
  client,
  directory,
  appVersion,
  now,
  signal,
}: TakeBackupOptions): Promise<TakenBackup> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const file = join(directory, backupFileName(now));
  const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
  const query: Query = async (sql, params) => (await client.query(sql, params)).rows;
  const rows: Record<string, number> = {};
  let migration = '';

  async function* records(): AsyncGenerator<string> {
    migration = await lastMigration(query);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      app: appVersion,
      takenAt: now.toISOString(),
      migration,
    };
    yield `${JSON.stringify(header)}\n`;
    for (const { table, columns } of await applicationTables(query)) {
      yield `${JSON.stringify({ table, columns })}\n`;
      rows[table] = 0;
      const cells = columns.map((column) => `${quoteIdentifier(column)}::text`).join(', ');
      await client.query(`declare backup_rows no scroll cursor for select ${cells} from ${quoteIdentifier(table)}`);
      for (;;) {
        const batch = await client.query<string[]>({ text: `fetch ${FETCH_ROWS} from backup_rows`, rowMode: 'array' });
        if (batch.rows.length === 0) break;
        rows[table] += batch.rows.length;
        yield batch.rows.map((row) => `${JSON.stringify(row)}\n`).join('');
      }
      await client.query('close backup_rows');
    }
    yield `${JSON.stringify({ end: rows })}\n`;
  }

  await client.query('begin isolation level repeatable read, read only');
  try {
    await pipeline(Readable.from(records()), createGzip(), createWriteStream(partial, { mode: 0o600 }), { signal });
    await client.query('commit');
    await rename(partial, file);
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
  return { file, bytes: (await stat(file)).size, migration, rows };
}
