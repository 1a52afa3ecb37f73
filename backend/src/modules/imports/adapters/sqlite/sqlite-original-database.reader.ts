import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { DatabaseSync, type SQLOutputValue } from 'node:sqlite';
import { Injectable } from '@nestjs/common';
import type { OriginalDatabaseReader } from '../../application/ports/original-database.reader.js';
import { NotAnOriginalDatabaseError, OriginalDatabaseNotFoundError } from '../../domain/imports.errors.js';
import type { OriginalDatabase } from '../../domain/original-database.js';

type Row = Record<string, SQLOutputValue>;

/**
 * The columns read from each table of the original. The first ones of each table are required (the
 * file is refused without them); the others came in later versions of the original and read as NULL
 * where they are missing. `suggestion_votes` came late too: without it, no votes.
 */
const TABLES = {
  users: { required: ['id', 'username', 'salt', 'password_hash'], optional: [] },
  groups: { required: ['id', 'name', 'owner_id'], optional: ['description', 'logo_url', 'created_at'] },
  settings: { required: ['group_id', 'group_name'], optional: ['template'] },
  memberships: { required: ['user_id', 'group_id', 'role'], optional: ['active'] },
  suggestions: {
    required: ['id', 'title', 'creator_id', 'group_id'],
    optional: ['author', 'youtube', 'url', 'version_of', 'created_at'],
  },
  rehearsals: {
    required: ['id', 'title', 'group_id'],
    optional: [
      'author',
      'youtube',
      'spotify',
      'version_of',
      'levels_json',
      'notes_json',
      'audio_notes_json',
      'mastered',
    ],
  },
  performances: { required: ['id', 'name', 'date', 'group_id'], optional: ['location', 'songs_json'] },
  rehearsal_events: { required: ['id', 'date', 'group_id'], optional: ['location'] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;

/** Reads an original BandTrack database with Node's built-in SQLite, read-only: nothing to compile. */
@Injectable()
export class SqliteOriginalDatabaseReader implements OriginalDatabaseReader {
  async read(path: string): Promise<OriginalDatabase> {
    if (!statSync(path, { throwIfNoEntry: false })?.isFile()) throw new OriginalDatabaseNotFoundError(path);
    let db: DatabaseSync;
    try {
      db = new DatabaseSync(path, { readOnly: true });
    } catch (error) {
      throw new NotAnOriginalDatabaseError(path, `SQLite cannot open it (${(error as Error).message})`);
    }
    try {
      return readAll(db, path);
    } finally {
      db.close();
    }
  }
}

function readAll(db: DatabaseSync, path: string): OriginalDatabase {
  const select = selector(db, path);
  const users = select('users').map((row) => ({
    id: integer(row.id),
    username: String(row.username),
    salt: bytes(row.salt, path),
    passwordHash: bytes(row.password_hash, path),
  }));
  const groups = select('groups').map((row) => ({
    id: integer(row.id),
    name: String(row.name),
    description: text(row.description),
    logoUrl: text(row.logo_url),
    createdAt: text(row.created_at),
    ownerId: integer(row.owner_id),
  }));
  return {
    fingerprint: fingerprint(users, groups),
    users,
    groups,
    settings: select('settings').map((row) => ({
      groupId: integer(row.group_id),
      groupName: String(row.group_name),
      template: text(row.template),
    })),
    memberships: select('memberships').map((row) => ({
      userId: integer(row.user_id),
      groupId: integer(row.group_id),
      role: String(row.role),
      active: row.active === null || Number(row.active) !== 0,
    })),
    suggestions: select('suggestions').map((row) => ({
      id: integer(row.id),
      groupId: integer(row.group_id),
      creatorId: integer(row.creator_id),
      title: String(row.title),
      author: text(row.author),
      youtube: text(row.youtube),
      url: text(row.url),
      versionOf: text(row.version_of),
      createdAt: text(row.created_at),
    })),
    votes: hasTable(db, 'suggestion_votes')
      ? db
          .prepare('select suggestion_id, user_id from suggestion_votes order by suggestion_id, user_id')
          .all()
          .map((row) => ({ suggestionId: integer(row.suggestion_id), userId: integer(row.user_id) }))
      : [],
    songs: select('rehearsals').map((row) => ({
      id: integer(row.id),
      groupId: integer(row.group_id),
      title: String(row.title),
      author: text(row.author),
      youtube: text(row.youtube),
      spotify: text(row.spotify),
      versionOf: text(row.version_of),
      levelsJson: text(row.levels_json),
      notesJson: text(row.notes_json),
      audioNotesJson: text(row.audio_notes_json),
      mastered: Number(row.mastered ?? 0) !== 0,
    })),
    performances: select('performances').map((row) => ({
      id: integer(row.id),
      groupId: integer(row.group_id),
      name: String(row.name),
      date: String(row.date),
      location: text(row.location),
      songsJson: text(row.songs_json),
    })),
    rehearsalEvents: select('rehearsal_events').map((row) => ({
      id: integer(row.id),
      groupId: integer(row.group_id),
      date: String(row.date),
      location: text(row.location),
    })),
  };
}

/** Checks every table and required column first, then reads one table at a time, in id order. */
function selector(db: DatabaseSync, path: string): (table: keyof typeof TABLES) => Row[] {
  let columns: Map<string, Set<string>>;
  try {
    columns = new Map(
      Object.keys(TABLES).map((table) => [
        table,
        new Set(
          db
            .prepare(`select name from pragma_table_info('${table}')`)
            .all()
            .map((row) => String(row.name)),
        ),
      ]),
    );
  } catch (error) {
    throw new NotAnOriginalDatabaseError(path, `it is not a SQLite database (${(error as Error).message})`);
  }
  const missing = Object.entries(TABLES).flatMap(([table, { required }]) => {
    const present = columns.get(table)!;
    if (present.size === 0) return [`table ${table}`];
    return required.filter((column) => !present.has(column)).map((column) => `column ${table}.${column}`);
  });
  if (missing.length > 0) throw new NotAnOriginalDatabaseError(path, `it has no ${missing.join(', ')}`);
  return (table) => {
    const { required, optional } = TABLES[table];
    const present = columns.get(table)!;
    const list = [...required, ...optional.filter((column) => present.has(column))];
    const rows = db.prepare(`select ${list.join(', ')} from ${table} order by ${required[0]}`).all();
    return rows.map((row) =>
      Object.fromEntries([...required, ...optional].map((column) => [column, row[column] ?? null])),
    );
  };
}

function hasTable(db: DatabaseSync, table: string): boolean {
  return db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(table) !== undefined;
}

/** From the first account and the first group, which the original never changes: a sha-256 in hex, cut. */
function fingerprint(users: { id: number; username: string }[], groups: { id: number; createdAt: string | null }[]) {
  const [user, group] = [users[0], groups[0]];
  const first = JSON.stringify([user?.id, user?.username, group?.id, group?.createdAt]);
  return `bandtrack1:${createHash('sha256').update(first).digest('hex').slice(0, 32)}`;
}

function integer(value: SQLOutputValue): number {
  return Number(value);
}

function text(value: SQLOutputValue): string | null {
  return value === null || value === undefined ? null : String(value);
}

function bytes(value: SQLOutputValue, path: string): Uint8Array {
  if (value instanceof Uint8Array) return value;
  throw new NotAnOriginalDatabaseError(path, 'a password salt or hash is not binary');
}
