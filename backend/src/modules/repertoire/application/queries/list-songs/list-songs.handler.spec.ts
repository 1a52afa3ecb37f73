import { describe, expect, it } from '@jest/globals';
import { InvalidCursorError } from '../../../domain/repertoire.errors.js';
import { repertoireTestKit } from '../../../testing/repertoire-test-kit.js';
import type { SongSort } from '../../ports/song.reader.js';
import { SetProgressCommand } from '../../commands/set-progress/set-progress.command.js';
import { ListSongsQuery } from './list-songs.query.js';

describe('ListSongsHandler', () => {
  async function setUp() {
    const kit = repertoireTestKit();
    const [lea, sam] = ['Léa', 'Sam'].map((name) => kit.bands.person(name)) as [string, string];
    const bandId = kit.bands.band({ [lea]: 'admin', [sam]: 'member' });
    const songs: { id: string }[] = [];
    for (const title of ['Zombie', 'Creep', 'Élan', 'Africa', 'Hallelujah'])
      songs.push(await kit.added(lea, bandId, title));
    const rate = (userId: string, index: number, level: number) =>
      kit.handlers.setProgress.execute(new SetProgressCommand(userId, songs[index]!.id, level, null));
    await rate(sam, 0, 7);
    await rate(sam, 1, 2);
    await rate(lea, 1, 9);
    await rate(lea, 3, 4);
    const list = (sort: SongSort, extra: { q?: string; cursor?: string; limit?: number } = {}) =>
      kit.handlers.listSongs.execute(
        new ListSongsQuery(sam, bandId, undefined, extra.q, sort, extra.cursor, extra.limit ?? 50),
      );
    return { kit, bandId, list };
  }

  it('sorts by title, by my level, by the band’s average (not rated first, ties by title)', async () => {
    const { list } = await setUp();
    const titles = async (sort: SongSort) => (await list(sort)).items.map((song) => song.title);
    expect(await titles('title')).toEqual(['Africa', 'Creep', 'Élan', 'Hallelujah', 'Zombie']);
    expect(await titles('myLevel')).toEqual(['Africa', 'Élan', 'Hallelujah', 'Creep', 'Zombie']);
    expect(await titles('bandAverage')).toEqual(['Élan', 'Hallelujah', 'Africa', 'Creep', 'Zombie']);
  });

  it('pages each sort with a cursor, without skipping or repeating a song', async () => {
    const { list } = await setUp();
    for (const sort of ['title', 'myLevel', 'bandAverage'] as const) {
      const all = (await list(sort)).items.map((song) => song.id);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await list(sort, { limit: 2, cursor });
        seen.push(...page.items.map((song) => song.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(all);
    }
    expect((await list('title', { limit: 5 })).nextCursor).toBeNull();
  });

  it('refuses a cursor that was changed, or that belongs to another sort or search', async () => {
    const { list } = await setUp();
    // After Creep, my level 2.
    const { nextCursor } = await list('myLevel', { limit: 4 });
    const decoded = JSON.parse(Buffer.from(nextCursor!, 'base64url').toString());
    const reencoded = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of [
      nextCursor!.slice(0, -3),
      'not a cursor',
      reencoded({ ...decoded, l: '2' }),
      reencoded({ ...decoded, t: 42 }),
      reencoded({ ...decoded, i: 'not-a-uuid' }),
      reencoded({ ...decoded, extra: 1 }),
    ]) {
      await expect(list('myLevel', { cursor })).rejects.toThrow(InvalidCursorError);
    }
    await expect(list('bandAverage', { cursor: nextCursor! })).rejects.toThrow(InvalidCursorError);
    await expect(list('title', { cursor: reencoded({ ...decoded, s: 'title' }) })).rejects.toThrow(InvalidCursorError);
    await expect(list('myLevel', { cursor: nextCursor!, q: 'creep' })).rejects.toThrow(InvalidCursorError);
  });

  it('shows a band’s songs to its members only', async () => {
    const { kit, bandId } = await setUp();
    await expect(
      kit.handlers.listSongs.execute(
        new ListSongsQuery(kit.bands.person(), bandId, undefined, undefined, 'title', undefined, 50),
      ),
    ).rejects.toThrow('not one of its members');
  });
});
