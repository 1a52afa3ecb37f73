import { MikroORM, type PostgreSqlConnection } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { statementsSentDuring } from '../../../../../../../test/support/round-trips.js';
import { databaseRows } from '../../../../../../../test/support/database-rows.js';
import { createTestDatabase, type TestDatabase } from '../../../../../../../test/support/test-database.js';
import { createOrmConfig } from '../../../../../database/mikro-orm.config.js';
import { PreparedStatements } from '../../../../../shared/adapters/prepared-statements.js';
import { newId } from '../../../../../shared/application/ids.js';
import { Vote } from '../../../domain/vote.js';
import type { RepertoireAdaptersFactory } from '../../../testing/repertoire-adapters.js';
import { progressRepositoryContract } from '../../../testing/progress-repository.contract.js';
import { songReaderContract } from '../../../testing/song-reader.contract.js';
import { songRepositoryContract } from '../../../testing/song-repository.contract.js';
import { suggestionReaderContract } from '../../../testing/suggestion-reader.contract.js';
import { suggestionRepositoryContract } from '../../../testing/suggestion-repository.contract.js';
import { aSong, progressOf } from '../../../testing/song.mother.js';
import { aSuggestion, T0 } from '../../../testing/suggestion.mother.js';
import { voteRepositoryContract } from '../../../testing/vote-repository.contract.js';
import { MikroOrmProgressRepository } from './mikro-orm-progress.repository.js';
import { MikroOrmSongReader } from './mikro-orm-song.reader.js';
import { MikroOrmSongRepository } from './mikro-orm-song.repository.js';
import { MikroOrmSuggestionReader } from './mikro-orm-suggestion.reader.js';
import { MikroOrmSuggestionRepository } from './mikro-orm-suggestion.repository.js';
import { MikroOrmVoteRepository } from './mikro-orm-vote.repository.js';

let database: TestDatabase;
let orm: MikroORM;

/** What `show TimeZone` answers on a session of `database.url`'s own. */
async function defaultTimeZone(): Promise<string> {
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const { rows } = await db.query<{ TimeZone: string }>('show TimeZone');
  await db.end();
  return rows[0]!.TimeZone;
}

beforeAll(async () => {
  database = await createTestDatabase();
  // A cluster whose default zone is not UTC, as on a NAS set to local time: the adapters must read the same.
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  await db.query(
    `do $$ begin execute format('alter database %I set TimeZone = ''Europe/Paris''', current_database()); end $$`,
  );
  await db.end();
  orm = await MikroORM.init({ ...createOrmConfig({ clientUrl: database.url }), allowGlobalContext: true });
});

afterAll(async () => {
  await orm.close(true);
  await database.drop();
});

const mikroOrmAdapters: RepertoireAdaptersFactory = async () => {
  await orm.em.fork().execute('truncate suggestions, votes, songs, member_progress, bands, memberships, users cascade');
  const em = orm.em;
  const prepared = new PreparedStatements(em);
  const rows = databaseRows(em);
  return {
    suggestions: new MikroOrmSuggestionRepository(em),
    votes: new MikroOrmVoteRepository(prepared),
    reader: new MikroOrmSuggestionReader(prepared),
    songs: new MikroOrmSongRepository(em),
    progress: new MikroOrmProgressRepository(em, prepared),
    songReader: new MikroOrmSongReader(prepared),
    aPerson: (displayName) => rows.person(displayName),
    aBandOf: (...memberIds) => rows.bandOf(...memberIds),
    leave: (bandId, userId) => rows.leave(bandId, userId),
  };
};

describe('repertoire MikroORM adapters', () => {
  suggestionRepositoryContract(mikroOrmAdapters);
  voteRepositoryContract(mikroOrmAdapters);
  songRepositoryContract(mikroOrmAdapters);
  progressRepositoryContract(mikroOrmAdapters);
  songReaderContract(mikroOrmAdapters);
  suggestionReaderContract(mikroOrmAdapters);

  it('sets its sessions to UTC over a database whose default zone is not', async () => {
    expect(await defaultTimeZone()).toBe('Europe/Paris');
    const pool = await (orm.em.getConnection() as PostgreSqlConnection).getNativeClient();
    expect((await pool.query<{ TimeZone: string }>('show TimeZone')).rows).toEqual([{ TimeZone: 'UTC' }]);
    expect(await orm.em.fork().execute('show TimeZone')).toEqual([{ TimeZone: 'UTC' }]);
  });

  it('casts and withdraws a vote in one statement each, with no transaction around it', async () => {
    const adapters = await mikroOrmAdapters();
    const lea = await adapters.aPerson('Léa');
    const suggestion = aSuggestion({ bandId: await adapters.aBandOf(lea), authorId: lea });
    await adapters.suggestions.save(suggestion);
    const sent = await statementsSentDuring(async () => {
      await adapters.votes.cast(Vote.of(suggestion.id, lea), T0);
      await adapters.votes.withdraw(Vote.of(suggestion.id, lea));
    });
    expect(sent.map(({ name }) => name)).toEqual(['cast-vote', 'withdraw-vote']);
  });

  it('reads songs and releases a former member’s votes through named prepared statements', async () => {
    const adapters = await mikroOrmAdapters();
    const lea = await adapters.aPerson('Léa');
    const bandId = await adapters.aBandOf(lea);
    const song = aSong({ bandId });
    await adapters.songs.save(song);
    const request = { bandId, viewerId: lea, status: null, search: null, limit: 3 } as const;
    const after = { level: 2, title: 'a', id: newId() };
    const sent = await statementsSentDuring(async () => {
      await adapters.songReader.findById(song.id, lea);
      await adapters.songReader.list({ ...request, sort: 'bandAverage', after: null });
      await adapters.songReader.list({ ...request, sort: 'myLevel', after: null });
      await adapters.songReader.list({ ...request, sort: 'myLevel', after });
      await adapters.songReader.list({ ...request, sort: 'myLevel', after: { ...after, level: null } });
      await adapters.votes.withdrawAllOf(lea, bandId);
      await adapters.votes.withdrawAllOf(lea, null);
    });
    expect(sent.map(({ name }) => name)).toEqual([
      'song',
      'songs:bandAverage',
      'songs:myLevel',
      'songs:myLevel-after-rated',
      'songs:myLevel-after-not-rated',
      'withdraw-all-votes:band',
      'withdraw-all-votes:every-band',
    ]);
  });

  it('takes a deleted account’s votes out of the counts', async () => {
    const adapters = await mikroOrmAdapters();
    const [lea, sam] = [await adapters.aPerson('Léa'), await adapters.aPerson('Sam')];
    const suggestion = aSuggestion({ bandId: await adapters.aBandOf(lea, sam), authorId: sam });
    await adapters.suggestions.save(suggestion);
    await adapters.votes.cast(Vote.of(suggestion.id, lea), T0);
    await adapters.votes.cast(Vote.of(suggestion.id, sam), T0);
    await orm.em.fork().execute('delete from users where id = ?', [sam]);
    expect(await adapters.reader.findById(suggestion.id, lea)).toMatchObject({ votes: 1, createdBy: null });
  });

  it('holds the foreign keys to bands and users that only the migration declares', async () => {
    const adapters = await mikroOrmAdapters();
    const lea = await adapters.aPerson('Léa');
    const bandId = await adapters.aBandOf(lea);
    await expect(adapters.suggestions.save(aSuggestion({ authorId: lea }))).rejects.toMatchObject({
      code: '23503',
    });
    await expect(adapters.songs.save(aSong())).rejects.toMatchObject({ code: '23503' });
    const song = aSong({ bandId });
    await adapters.songs.save(song);
    await adapters.progress.save(progressOf(song, lea, 4, 'n'));
    await expect(adapters.progress.save(progressOf(song, newId(), 4))).rejects.toMatchObject({ code: '23503' });
    await adapters.suggestions.save(aSuggestion({ bandId, authorId: lea }));
    await orm.em.fork().execute('delete from bands where id = ?', [bandId]);
    const left = await orm.em
      .fork()
      .execute<{ n: number }[]>(
        'select (select count(*) from suggestions)::int + (select count(*) from songs)::int + (select count(*) from member_progress)::int as n',
      );
    expect(left[0]!.n).toBe(0);
  });
});
