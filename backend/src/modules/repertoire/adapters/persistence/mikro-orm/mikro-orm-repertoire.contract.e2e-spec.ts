import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../../../../../../../test/support/test-database.js';
import { createOrmConfig } from '../../../../../database/mikro-orm.config.js';
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
const statements: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  // Every statement is logged, so a test can count the round trips an adapter makes.
  orm = await MikroORM.init({
    ...createOrmConfig({ clientUrl: database.url, debug: true, logger: (line) => statements.push(line) }),
    allowGlobalContext: true,
  });
});

afterAll(async () => {
  await orm.close(true);
  await database.drop();
});

const mikroOrmAdapters: RepertoireAdaptersFactory = async () => {
  await orm.em.fork().execute('truncate suggestions, votes, songs, member_progress, bands, memberships, users cascade');
  const em = orm.em;
  return {
    suggestions: new MikroOrmSuggestionRepository(em),
    votes: new MikroOrmVoteRepository(em),
    reader: new MikroOrmSuggestionReader(em),
    songs: new MikroOrmSongRepository(em),
    progress: new MikroOrmProgressRepository(em),
    songReader: new MikroOrmSongReader(em),
    aPerson: async (displayName) => {
      const id = newId();
      await em.execute(
        `insert into users (id, username, display_name, password_hash, created_at) values (?, ?, ?, 'x', now())`,
        [id, `u${id.slice(-12)}`, displayName],
      );
      return id;
    },
    aBandOf: async (...memberIds) => {
      const bandId = newId();
      await em.execute(`insert into bands (id, name, invite_code, created_at) values (?, 'B', ?, now())`, [
        bandId,
        bandId.slice(-11),
      ]);
      for (const userId of memberIds) {
        await em.execute(`insert into memberships (band_id, user_id, role, joined_at) values (?, ?, 'member', now())`, [
          bandId,
          userId,
        ]);
      }
      return bandId;
    },
    leave: async (bandId, userId) => {
      await em.execute(`delete from memberships where band_id = ? and user_id = ?`, [bandId, userId]);
    },
  };
};

describe('repertoire MikroORM adapters', () => {
  suggestionRepositoryContract(mikroOrmAdapters);
  voteRepositoryContract(mikroOrmAdapters);
  songRepositoryContract(mikroOrmAdapters);
  progressRepositoryContract(mikroOrmAdapters);
  songReaderContract(mikroOrmAdapters);
  suggestionReaderContract(mikroOrmAdapters);

  it('casts and withdraws a vote in one statement each, with no transaction around it', async () => {
    const adapters = await mikroOrmAdapters();
    const lea = await adapters.aPerson('Léa');
    const suggestion = aSuggestion({ bandId: await adapters.aBandOf(lea), authorId: lea });
    await adapters.suggestions.save(suggestion);
    statements.length = 0;
    await adapters.votes.cast(Vote.of(suggestion.id, lea), T0);
    await adapters.votes.withdraw(Vote.of(suggestion.id, lea));
    expect(statements).toHaveLength(2);
    expect(statements.join('\n')).not.toMatch(/\b(begin|commit)\b/i);
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
