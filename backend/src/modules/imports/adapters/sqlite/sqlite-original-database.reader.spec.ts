import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotAnOriginalDatabaseError, OriginalDatabaseNotFoundError } from '../../domain/imports.errors.js';
import { SqliteOriginalDatabaseReader } from './sqlite-original-database.reader.js';

const SAMPLE = resolve('../shared/fixtures/original-bandtrack-sample.db');

describe('SqliteOriginalDatabaseReader', () => {
  const reader = new SqliteOriginalDatabaseReader();
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'bandtrack-original-'));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it('reads every table of the sample the original made, with the same fingerprint each time', async () => {
    const original = await reader.read(SAMPLE);
    expect({
      users: original.users.length,
      groups: original.groups.map((group) => group.id),
      memberships: original.memberships.length,
      suggestions: original.suggestions.length,
      votes: original.votes.length,
      songs: original.songs.length,
      performances: original.performances.length,
      rehearsalEvents: original.rehearsalEvents.length,
    }).toEqual({
      users: 3,
      groups: [2],
      memberships: 6,
      suggestions: 4,
      votes: 5,
      songs: 5,
      performances: 1,
      rehearsalEvents: 2,
    });
    expect(original.users[0]).toMatchObject({ id: 1, username: 'alice' });
    expect([original.users[0]!.salt.length, original.users[0]!.passwordHash.length]).toEqual([16, 32]);
    expect(original.songs[0]).toMatchObject({ mastered: true, levelsJson: '{"alice": 6.0, "bob": 4.0, "chloe": 1.0}' });
    expect(original.performances[0]).toMatchObject({ date: '2026-06-21T21:00', songsJson: '[1, 2, 3, 4]' });
    expect(original.fingerprint).toMatch(/^bandtrack1:[0-9a-f]{32}$/);
    expect((await reader.read(SAMPLE)).fingerprint).toBe(original.fingerprint);
  });

  it('reads an older original without the later columns and tables as empty', async () => {
    const path = join(scratch, 'older.db');
    const db = new DatabaseSync(path);
    db.exec(`
      create table users (id integer primary key, username text, salt blob, password_hash blob);
      create table groups (id integer primary key, name text, owner_id integer);
      create table settings (group_id integer, group_name text);
      create table memberships (user_id integer, group_id integer, role text);
      create table suggestions (id integer primary key, title text, creator_id integer, group_id integer);
      create table rehearsals (id integer primary key, title text, group_id integer);
      create table performances (id integer primary key, name text, date text, group_id integer);
      create table rehearsal_events (id integer primary key, date text, group_id integer);
      insert into memberships values (1, 1, 'admin');
      insert into rehearsals values (1, 'Creep', 1);`);
    db.close();
    const original = await reader.read(path);
    expect(original.votes).toEqual([]);
    expect(original.memberships).toEqual([{ userId: 1, groupId: 1, role: 'admin', active: true }]);
    expect(original.songs[0]).toMatchObject({ title: 'Creep', levelsJson: null, mastered: false });
  });

  it('refuses a missing file, a file that is not SQLite and a SQLite file of another application', async () => {
    await expect(reader.read(join(scratch, 'none.db'))).rejects.toThrow(OriginalDatabaseNotFoundError);
    await expect(reader.read(scratch)).rejects.toThrow(OriginalDatabaseNotFoundError);
    const text = join(scratch, 'notes.txt');
    await writeFile(text, 'bonjour\n'.repeat(200));
    await expect(reader.read(text)).rejects.toThrow(/not a SQLite database/);
    const other = join(scratch, 'other.db');
    const db = new DatabaseSync(other);
    db.exec('create table users (id integer primary key, username text)');
    db.close();
    const refusal = reader.read(other);
    await expect(refusal).rejects.toThrow(NotAnOriginalDatabaseError);
    await expect(refusal).rejects.toThrow(/it has no column users\.salt, column users\.password_hash, table groups/);
  });
});
