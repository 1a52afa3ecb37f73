import { pbkdf2Sync } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { CommandBus, EventBus, QueryBus } from '@nestjs/cqrs';
import { Test, type TestingModule } from '@nestjs/testing';
import { AppModule } from '../../../../../app.module.js';
import { loadConfig } from '../../../../../config/app-config.js';
import { ListMembersQuery, ListMyBandsQuery } from '../../../../bands/public-api.js';
import { USER_PROFILE_READER, type UserProfileReader } from '../../../../identity/public-api.js';
import { ListSongsQuery, ListSuggestionsQuery } from '../../../../repertoire/public-api.js';
import { InMemoryImportOriginRepository } from '../../../adapters/persistence/in-memory/in-memory-import-origin.repository.js';
import type { OriginalDatabase } from '../../../domain/original-database.js';
import { anOriginalDatabase } from '../../../testing/original-database.mother.js';
import { IMPORT_ORIGIN_REPOSITORY, type ImportOrigin } from '../../ports/import-origin.repository.js';
import { ORIGINAL_DATABASE_READER } from '../../ports/original-database.reader.js';
import { ImportBandtrack1Command } from './import-bandtrack1.command.js';

/** Fails the import at its nth record, as a full disk would half-way through. */
class FailingOrigins extends InMemoryImportOriginRepository {
  failAt = Number.POSITIVE_INFINITY;
  recorded = 0;

  override async record(origin: ImportOrigin): Promise<void> {
    if (--this.failAt <= 0) throw new Error('disk full');
    await super.record(origin);
    this.recorded += 1;
  }
}

const SALT = new Uint8Array(16).fill(7);
const hashOf = (password: string) => new Uint8Array(pbkdf2Sync(password, SALT, 100_000, 32, 'sha256'));

/** The whole app on its in-memory adapters, reading the original from `original`. */
describe('ImportBandtrack1Handler', () => {
  let moduleRef: TestingModule;
  let original: OriginalDatabase;
  let origins: FailingOrigins;
  let commands: CommandBus;
  let queries: QueryBus;
  /** Each event the import published, with how many of its records were in at that moment. */
  let published: { event: string; recorded: number }[];

  beforeEach(async () => {
    original = anOriginalDatabase();
    origins = new FailingOrigins();
    const config = loadConfig({ PERSISTENCE: 'memory', LOG_LEVEL: 'silent', PASSWORD_HASH_ITERATIONS: '1000' });
    moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
      .overrideProvider(ORIGINAL_DATABASE_READER)
      .useValue({ read: async () => original })
      .overrideProvider(IMPORT_ORIGIN_REPOSITORY)
      .useValue(origins)
      .compile();
    await moduleRef.init();
    commands = moduleRef.get(CommandBus);
    queries = moduleRef.get(QueryBus);
    published = [];
    moduleRef
      .get(EventBus)
      .subscribe((event) => published.push({ event: event.constructor.name, recorded: origins.recorded }));
  });

  afterEach(() => moduleRef.close());

  const importIt = () => commands.execute(new ImportBandtrack1Command('/data/bandtrack.db'));
  const usernameOf = async (userId: string) =>
    (await moduleRef.get<UserProfileReader>(USER_PROFILE_READER).findProfile(userId))?.username;

  it('folds the usernames the rules refuse, numbers a clash, and finds each level under its new name', async () => {
    original = anOriginalDatabase({
      users: [
        { id: 1, username: 'Zoé', salt: SALT, passwordHash: hashOf('zoe-pw') },
        { id: 2, username: 'zoe', salt: SALT, passwordHash: hashOf('zoe2-pw') },
        { id: 3, username: 'Jean Pierre', salt: SALT, passwordHash: hashOf('jp-pw') },
      ],
      songs: [
        {
          id: 1,
          groupId: 2,
          title: 'Zombie',
          author: null,
          youtube: 'javascript:alert(1)',
          spotify: null,
          versionOf: null,
          levelsJson: '{"Zoé": 8, "zoe": 3, "Jean Pierre": 5}',
          notesJson: '{"Zoé": "le pont"}',
          audioNotesJson: '{}',
          mastered: true,
        },
      ],
    });
    const report = await importIt();
    expect(report.renames).toEqual([
      { from: 'Zoé', to: 'zoe' },
      { from: 'zoe', to: 'zoe-2' },
      { from: 'Jean Pierre', to: 'jean-pierre' },
    ]);
    expect(report.notices).toContainEqual(expect.stringMatching(/^rehearsal 1 \(Zombie\): A link is an https:/));
    const known = await origins.originsOf('bandtrack1:test');
    const [zoe, zoe2, jeanPierre] = [1, 2, 3].map((id) => known.get(`user:${id}`)!);
    expect(await Promise.all([zoe!, zoe2!, jeanPierre!].map(usernameOf))).toEqual(['zoe', 'zoe-2', 'jean-pierre']);
    const [band] = await queries.execute(new ListMyBandsQuery(zoe!));
    const levelOf = async (userId: string) =>
      (await queries.execute(new ListSongsQuery(userId, band!.id, undefined, undefined, 'title', undefined, 10)))
        .items[0];
    expect(await levelOf(zoe!)).toMatchObject({ title: 'Zombie', myLevel: 8, mastered: true, links: [] });
    expect(await levelOf(zoe2!)).toMatchObject({ myLevel: 3 });
    expect(await levelOf(jeanPierre!)).toMatchObject({ myLevel: 5 });
  });

  it('numbers an original username an account here already holds', async () => {
    await importIt();
    original = { ...anOriginalDatabase(), fingerprint: 'bandtrack1:another-original' };
    const report = await importIt();
    expect(report.renames).toEqual([
      { from: 'alice', to: 'alice-2' },
      { from: 'bob', to: 'bob-2' },
      { from: 'chloe', to: 'chloe-2' },
    ]);
  });

  it('keeps roles, brings a group 1 that holds something, and leaves out a vote of a non-member', async () => {
    original = anOriginalDatabase({
      suggestions: [
        {
          id: 4,
          groupId: 1,
          creatorId: 3,
          title: 'Creep',
          author: 'Radiohead',
          youtube: null,
          url: null,
          versionOf: null,
          createdAt: null,
        },
      ],
      votes: [
        { suggestionId: 4, userId: 2 },
        { suggestionId: 4, userId: 9 },
      ],
    });
    const report = await importIt();
    expect(report.tables.find(({ table }) => table === 'groups → bands')).toEqual({
      table: 'groups → bands',
      added: 2,
      already: 0,
    });
    const known = await origins.originsOf('bandtrack1:test');
    const [alice, bob] = [known.get('user:1')!, known.get('user:2')!];
    const bands = await queries.execute(new ListMyBandsQuery(bob));
    expect(bands.map(({ name, role }) => [name, role]).sort()).toEqual([
      ['Groupe de musique', 'member'],
      ['Les Copains', 'manager'],
    ]);
    const groupOne = bands.find(({ name }) => name === 'Groupe de musique')!;
    expect((await queries.execute(new ListMembersQuery(alice, groupOne.id))).map(({ role }) => role).sort()).toEqual([
      'admin',
      'member',
      'member',
    ]);
    const suggestions = await queries.execute(
      new ListSuggestionsQuery(bob, groupOne.id, 'votes', undefined, undefined, 10),
    );
    expect(suggestions.items).toMatchObject([
      { title: 'Creep', votes: 1, votedByMe: true, createdBy: { id: known.get('user:3') } },
    ]);
    expect(report.notices).toContain('suggestion 4: the vote of user 9, not a member of the band, is left out');
  });

  it('brings in nothing at all when it fails half-way', async () => {
    original = anOriginalDatabase({
      rehearsalEvents: [{ id: 1, groupId: 2, date: '2026-01-10T20:00', location: 'Studio' }],
    });
    origins.failAt = 6; // after the accounts and the band, before its members are all in
    await expect(importIt()).rejects.toThrow('disk full');
    expect(await origins.originsOf('bandtrack1:test')).toEqual(new Map());
    origins.failAt = Number.POSITIVE_INFINITY;
    const report = await importIt();
    expect(report.renames).toEqual([]); // the names were free again: no account of the failed run stayed
    expect(report.tables.every(({ already }) => already === 0)).toBe(true);
  });

  it('publishes the events of what it brought in once all of it is in, and none when it fails', async () => {
    origins.failAt = 6;
    await expect(importIt()).rejects.toThrow('disk full');
    expect(published).toEqual([]);

    origins.failAt = Number.POSITIVE_INFINITY;
    await importIt();
    const records = origins.recorded;
    expect(published.map(({ event }) => event)).toEqual(
      expect.arrayContaining(['UserRegistered', 'BandSettingsUpdated', 'MemberJoinedBand', 'MemberRoleChanged']),
    );
    expect(published.every(({ recorded }) => recorded === records)).toBe(true);
  });
});
