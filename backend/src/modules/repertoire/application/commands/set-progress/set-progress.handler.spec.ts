import { describe, expect, it } from '@jest/globals';
import { newId } from '../../../../../shared/application/ids.js';
import { InvalidRepertoireFieldError, SongNotFoundError } from '../../../domain/repertoire.errors.js';
import { ProgressChanged } from '../../../domain/repertoire.events.js';
import { repertoireTestKit } from '../../../testing/repertoire-test-kit.js';
import { GetSongQuery } from '../../queries/get-song/get-song.query.js';
import { ListSongsQuery } from '../../queries/list-songs/list-songs.query.js';
import { ChangeSongCommand } from '../change-song/change-song.command.js';
import { SetProgressCommand } from './set-progress.command.js';

describe('SetProgressHandler, GetSongHandler and ListSongsHandler', () => {
  async function setUp() {
    const kit = repertoireTestKit();
    const [lea, sam, max, stranger] = ['Léa', 'Sam', 'Max', 'Zoé'].map((n) => kit.bands.person(n)) as string[];
    const bandId = kit.bands.band({ [lea!]: 'manager', [sam!]: 'member', [max!]: 'member' });
    const song = await kit.added(lea!, bandId, 'Zombie', 'The Cranberries');
    const rate = (userId: string, level: number, note?: string | null) =>
      kit.handlers.setProgress.execute(new SetProgressCommand(userId, song.id, level, note));
    return { kit, lea: lea!, sam: sam!, max: max!, stranger: stranger!, bandId, song, rate };
  }

  it('shows each member their own level and note, the others’ levels without names, and the average', async () => {
    const { kit, lea, sam, max, song, rate } = await setUp();
    await rate(lea, 8, 'Le pont est dur');
    await rate(max, 3, 'Max only');
    const mine = await rate(sam, 4, 'Intro au capodastre');
    expect(mine).toMatchObject({
      myProgress: { level: 4, note: 'Intro au capodastre' },
      levels: [3, 8],
      bandAverageLevel: 5,
      ratedBy: 3,
    });
    const asLea = await kit.handlers.getSong.execute(new GetSongQuery(lea, song.id));
    expect(asLea).toMatchObject({ myProgress: { level: 8, note: 'Le pont est dur' }, levels: [3, 4] });
    expect(JSON.stringify(asLea)).not.toMatch(/Intro|Max only/);
    const list = await kit.handlers.listSongs.execute(
      new ListSongsQuery(max, song.bandId, undefined, undefined, 'title', undefined, 50),
    );
    expect(list.items).toEqual([
      {
        id: song.id,
        title: 'Zombie',
        artist: 'The Cranberries',
        key: null,
        bpm: null,
        durationSec: null,
        links: [],
        players: [],
        mastered: false,
        myLevel: 3,
        bandAverageLevel: 5,
        ratedBy: 3,
      },
    ]);
    const changes = kit.events.published.filter((event) => event instanceof ProgressChanged);
    expect(changes.map(({ songId, actorId }) => ({ songId, actorId }))).toEqual(
      [lea, max, sam].map((actorId) => ({ songId: song.id, actorId })),
    );
  });

  it('keeps the note when only the level changes, and clears it with null', async () => {
    const { sam, rate } = await setUp();
    await rate(sam, 4, 'capo 2');
    expect((await rate(sam, 6)).myProgress).toEqual({ level: 6, note: 'capo 2' });
    expect((await rate(sam, 6, null)).myProgress).toEqual({ level: 6, note: null });
  });

  it('averages to one decimal and says nobody rated a new song', async () => {
    const { kit, lea, sam, max, song, rate } = await setUp();
    expect((await kit.handlers.getSong.execute(new GetSongQuery(sam, song.id))).bandAverageLevel).toBeNull();
    await rate(lea, 10);
    await rate(sam, 3);
    await rate(max, 3);
    expect((await kit.handlers.getSong.execute(new GetSongQuery(sam, song.id))).bandAverageLevel).toBe(5.3);
  });

  it('refuses a bad level, a stranger and an unknown song, and stores nothing', async () => {
    const { kit, sam, stranger, song, rate } = await setUp();
    for (const level of [11, -1, 5.5]) await expect(rate(sam, level)).rejects.toThrow(InvalidRepertoireFieldError);
    await expect(rate(stranger, 5)).rejects.toThrow(SongNotFoundError);
    await expect(kit.handlers.setProgress.execute(new SetProgressCommand(sam, newId(), 5, null))).rejects.toThrow(
      SongNotFoundError,
    );
    await expect(kit.handlers.getSong.execute(new GetSongQuery(stranger, song.id))).rejects.toThrow(SongNotFoundError);
    expect(kit.store.progress.get(song.id)?.size ?? 0).toBe(0);
  });

  it('filters the repertoire by status and search', async () => {
    const { kit, lea, sam, bandId, song } = await setUp();
    await kit.added(lea, bandId, 'Creep', 'Radiohead');
    await kit.handlers.changeSong.execute(new ChangeSongCommand(lea, song.id, { mastered: true }));
    const titles = async (status?: 'learning' | 'mastered', q?: string) =>
      (
        await kit.handlers.listSongs.execute(new ListSongsQuery(sam, bandId, status, q, 'title', undefined, 50))
      ).items.map((s) => s.title);
    expect(await titles()).toEqual(['Creep', 'Zombie']);
    expect(await titles('mastered')).toEqual(['Zombie']);
    expect(await titles('learning')).toEqual(['Creep']);
    expect(await titles(undefined, 'RADIO')).toEqual(['Creep']);
  });
});
