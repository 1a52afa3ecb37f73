// The BandTrack backup archive (ADR 0048): gzip'd NDJSON, one JSON value per line.
//   {"format":"bandtrack-backup","version":1,"app":"0.1.0","takenAt":"…","migration":"Migration…"}
//   {"table":"users","columns":["id","username",…]}
//   ["0199…","lea",…]                 one line per row, every value in PostgreSQL's text form or null
//   {"table":"bands",…} …
//   {"end":{"users":3,"bands":1,…}}   the rows of each table: an archive without it is truncated
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

export const BACKUP_FORMAT = 'bandtrack-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** BandTrack's version (package.json) that took it. */
  app: string;
  takenAt: string;
  /** The last migration applied to the database it was taken from. */
  migration: string;
}

export interface TableStart {
  table: string;
  columns: string[];
}

export interface BackupEnd {
  end: Record<string, number>;
}

export type Row = (string | null)[];

/** An archive that cannot be read or restored, said in words an operator acts on. */
export class BackupError extends Error {}

/** `bandtrack-20261202T030000Z.ndjson.gz`: the UTC time it was taken, so names sort by age. */
export function backupFileName(takenAt: Date): string {
  const stamp = takenAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return `bandtrack-${stamp}.ndjson.gz`;
}

const FILE_NAME = /^bandtrack-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.ndjson\.gz$/;

/** When a backup named by backupFileName was taken; undefined for any other file. */
export function backupTakenAt(fileName: string): Date | undefined {
  const match = FILE_NAME.exec(fileName);
  if (!match) return undefined;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map(Number) as [number, ...number[]];
  return new Date(Date.UTC(year, month! - 1, day, hours, minutes, seconds));
}

/** No line of an archive gets near this; a file with longer ones is not one. */
const MAX_LINE_CHARS = 64 * 1024 * 1024;

export type ArchiveRecord =
  | { kind: 'table'; table: string; columns: string[] }
  | { kind: 'row'; table: string; row: Row }
  | { kind: 'end'; rows: Record<string, number> };

/**
 * Reads an archive record by record, streaming (never a whole table in memory), and checks its
 * shape as it goes: the header first, rows only inside a table and as long as its columns, the end
 * record last with the right counts. Anything else is a BackupError.
 */
export async function* readArchive(
  file: string,
  onHeader: (header: BackupHeader) => void,
): AsyncGenerator<ArchiveRecord> {
  let table: TableStart | undefined;
  let rows = 0;
  const counted: Record<string, number> = {};
  let ended = false;
  let lineNumber = 0;
  for await (const line of lines(file)) {
    lineNumber++;
    const value = parseLine(line, lineNumber);
    if (lineNumber === 1) {
      onHeader(checkHeader(value));
      continue;
    }
    if (ended) throw new BackupError(`line ${lineNumber} follows the end record: the archive is damaged`);
    if (Array.isArray(value)) {
      if (!table) throw new BackupError(`line ${lineNumber} is a row outside any table: the archive is damaged`);
      if (value.length !== table.columns.length || !value.every((cell) => cell === null || typeof cell === 'string')) {
        throw new BackupError(`line ${lineNumber} is not a row of ${table.table}: the archive is damaged`);
      }
      rows++;
      yield { kind: 'row', table: table.table, row: value as Row };
    } else if (isTableStart(value)) {
      if (table) counted[table.table] = rows;
      if (value.table in counted || value.table === table?.table) {
        throw new BackupError(`table ${value.table} appears twice: the archive is damaged`);
      }
      table = value;
      rows = 0;
      yield { kind: 'table', table: value.table, columns: value.columns };
    } else if (isEnd(value)) {
      if (table) counted[table.table] = rows;
      if (JSON.stringify(sorted(value.end)) !== JSON.stringify(sorted(counted))) {
        throw new BackupError('the rows read do not match the counts the archive ends with: the archive is damaged');
      }
      ended = true;
      yield { kind: 'end', rows: counted };
    } else {
      throw new BackupError(`line ${lineNumber} is not part of a BandTrack backup: the archive is damaged`);
    }
  }
  if (lineNumber === 0) throw new BackupError('the file is empty: not a BandTrack backup');
  if (!ended) throw new BackupError('the archive stops before its end record: it is truncated');
}

async function* lines(file: string): AsyncGenerator<string> {
  // Through pipeline, an error reading the file also ends the iteration of the gunzip stream.
  const input = pipeline(createReadStream(file), createGunzip(), () => undefined);
  let pending = '';
  try {
    for await (const chunk of input) {
      pending += (chunk as Buffer).toString('utf8');
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        yield pending.slice(0, newline);
        pending = pending.slice(newline + 1);
      }
      if (pending.length > MAX_LINE_CHARS) throw new BackupError('a line is far too long: not a BandTrack backup');
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      throw new BackupError(`cannot read ${file}: ${(error as Error).message}`);
    }
    if (code === 'Z_BUF_ERROR') throw new BackupError('the compressed data stops short: the archive is truncated');
    throw new BackupError(`not a gzip file (${(error as Error).message}): not a BandTrack backup`);
  }
  if (pending !== '') yield pending;
}

function parseLine(line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new BackupError(
      lineNumber === 1
        ? 'the first line is not JSON: not a BandTrack backup'
        : `line ${lineNumber} is not JSON: the archive is damaged`,
    );
  }
}

function checkHeader(value: unknown): BackupHeader {
  const header = value as Partial<BackupHeader> | null;
  if (header?.format !== BACKUP_FORMAT) throw new BackupError('no BandTrack backup header: not a BandTrack backup');
  if (typeof header.version !== 'number' || header.version > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `backup format ${String(header.version)} is newer than this BandTrack reads (${BACKUP_FORMAT_VERSION})`,
    );
  }
  if (typeof header.migration !== 'string' || typeof header.takenAt !== 'string' || typeof header.app !== 'string') {
    throw new BackupError('the backup header is incomplete: the archive is damaged');
  }
  return header as BackupHeader;
}

function isTableStart(value: unknown): value is TableStart {
  const start = value as Partial<TableStart> | null;
  return (
    typeof start?.table === 'string' &&
    Array.isArray(start.columns) &&
    start.columns.length > 0 &&
    start.columns.every((column) => typeof column === 'string')
  );
}

function isEnd(value: unknown): value is BackupEnd {
  const end = (value as Partial<BackupEnd> | null)?.end;
  return typeof end === 'object' && end !== null && Object.values(end).every((count) => Number.isInteger(count));
}

function sorted(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
}
