import { describe, expect, it } from '@jest/globals';
import { InvalidCursorError } from '../../../domain/repertoire.errors.js';
import { repertoireTestKit } from '../../../testing/repertoire-test-kit.js';
import { CastVoteCommand } from '../../commands/cast-vote/cast-vote.command.js';
import { ListSuggestionsQuery } from './list-suggestions.query.js';

describe('ListSuggestionsHandler', () => {
  async function setUp() {
    const kit = repertoireTestKit();
    const [lea, sam, max] = ['Léa', 'Sam', 'Max'].map((name) => kit.bands.person(name)) as [string, string, string];
    const bandId = kit.bands.band({ [lea]: 'admin', [sam]: 'member', [max]: 'member' });
    const zombie = await kit.proposed(lea, bandId, 'Zombie', 'The Cranberries');
    const rien = await kit.proposed(sam, bandId, 'Non, je ne regrette rien', 'Édith Piaf');
    const army = await kit.proposed(lea, bandId, 'Seven Nation Army', 'The White Stripes');
    const vote = (userId: string, id: string) => kit.handlers.castVote.execute(new CastVoteCommand(userId, id));
    await vote(sam, zombie.id);
    await vote(max, zombie.id);
    await vote(lea, army.id);
    const list = (sort: 'votes' | 'recent', extra: { q?: string; cursor?: string; limit?: number } = {}) =>
      kit.handlers.list.execute(new ListSuggestionsQuery(sam, bandId, sort, extra.q, extra.cursor, extra.limit ?? 50));
    return { kit, lea, bandId, zombie, rien, army, list };
  }

  it('sorts by votes, ties newest first, with counts and the caller’s own votes', async () => {
    const { list, zombie, rien, army } = await setUp();
    const page = await list('votes');
    expect(page.items.map((item) => [item.title, item.votes, item.votedByMe])).toEqual([
      ['Zombie', 2, true],
      ['Seven Nation Army', 1, false],
      ['Non, je ne regrette rien', 0, false],
    ]);
    expect(page.items.map((item) => item.id)).toEqual([zombie.id, army.id, rien.id]);
    expect(page.nextCursor).toBeNull();
    expect(page.items[1]!.createdBy).toEqual({ id: army.createdBy!.id, displayName: 'Léa' });
  });

  it('sorts newest first', async () => {
    const { list } = await setUp();
    expect((await list('recent')).items.map((item) => item.title)).toEqual([
      'Seven Nation Army',
      'Non, je ne regrette rien',
      'Zombie',
    ]);
  });

  it('searches the title and the artist, ignoring case and accents', async () => {
    const { list } = await setUp();
    expect((await list('votes', { q: 'EDITH' })).items.map((item) => item.title)).toEqual(['Non, je ne regrette rien']);
    expect((await list('votes', { q: 'the ' })).items.map((item) => item.title)).toEqual([
      'Zombie',
      'Seven Nation Army',
    ]);
    expect((await list('votes', { q: '%' })).items).toEqual([]);
  });

  it('pages with a cursor, without skipping or repeating an item', async () => {
    const { list } = await setUp();
    for (const sort of ['votes', 'recent'] as const) {
      const all = (await list(sort)).items.map((item) => item.id);
      const first = await list(sort, { limit: 2 });
      expect(first.items.map((item) => item.id)).toEqual(all.slice(0, 2));
      const second = await list(sort, { limit: 2, cursor: first.nextCursor! });
      expect(second.items.map((item) => item.id)).toEqual(all.slice(2));
      expect(second.nextCursor).toBeNull();
    }
  });

  it('refuses a cursor that was changed, or that belongs to another sort or search', async () => {
    const { list } = await setUp();
    const { nextCursor } = await list('votes', { limit: 1 });
    const decoded = JSON.parse(Buffer.from(nextCursor!, 'base64url').toString());
    const reencoded = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of [
      nextCursor!.slice(0, -3),
      `${nextCursor!}x`,
      'not a cursor',
      reencoded({ ...decoded, v: -1 }),
      reencoded({ ...decoded, v: '1' }),
      reencoded({ ...decoded, i: 'not-a-uuid' }),
      reencoded({ ...decoded, t: 'yesterday' }),
      reencoded({ ...decoded, extra: 1 }),
      reencoded([1, 2, 3, 4, 5]),
    ]) {
      await expect(list('votes', { limit: 1, cursor })).rejects.toThrow(InvalidCursorError);
    }
    await expect(list('recent', { limit: 1, cursor: nextCursor! })).rejects.toThrow(InvalidCursorError);
    await expect(list('votes', { limit: 1, cursor: nextCursor!, q: 'zombie' })).rejects.toThrow(InvalidCursorError);
  });

  it('shows a band’s suggestions to its members only', async () => {
    const { kit, bandId } = await setUp();
    const stranger = kit.bands.person();
    await expect(
      kit.handlers.list.execute(new ListSuggestionsQuery(stranger, bandId, 'votes', undefined, undefined, 50)),
    ).rejects.toThrow('not one of its members');
  });
});
