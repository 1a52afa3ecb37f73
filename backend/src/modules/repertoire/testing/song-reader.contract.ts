import { beforeEach, describe, expect, it } from '@jest/globals';
import { newId } from '../../../shared/application/ids.js';
import type { SongListRequest } from '../application/ports/song.reader.js';
import type { Song } from '../domain/song.js';
import type { RepertoireAdapters, RepertoireAdaptersFactory } from './repertoire-adapters.js';
import { aSong, progressOf } from './song.mother.js';
import { T0 } from './suggestion.mother.js';

/** What every SongReader answers, whatever stores the songs: and never another member's note. */
export function songReaderContract(makeAdapters: RepertoireAdaptersFactory): void {
  describe('SongReader contract', () => {
    let adapters: RepertoireAdapters;
    let lea: string;
    let sam: string;
    let max: string;
    let bandId: string;
    let zombie: Song;
    let creep: Song;
    let élan: Song;

    beforeEach(async () => {
      adapters = await makeAdapters();
      [lea, sam, max] = [await adapters.aPerson('Léa'), await adapters.aPerson('Sam'), await adapters.aPerson('Max')];
      bandId = await adapters.aBandOf(lea, sam, max);
      zombie = aSong({ bandId, title: 'Zombie', artist: 'The Cranberries', key: 'Em', bpm: 84, durationSec: 306 });
      creep = aSong({ bandId, title: 'Creep', artist: 'Radiohead', links: ['https://youtu.be/XFkzRNyygfk'] });
      élan = aSong({ bandId, title: 'Élan', artist: null });
      creep.change({ mastered: true }, 'manager');
      for (const song of [zombie, creep, élan]) await adapters.songs.save(song);
      await adapters.songs.save(aSong({ bandId: await adapters.aBandOf(lea), title: 'Elsewhere' }));
      await adapters.progress.save(progressOf(zombie, lea, 8, 'Léa’s secret'));
      await adapters.progress.save(progressOf(zombie, sam, 3, 'Sam’s secret'));
      await adapters.progress.save(progressOf(zombie, max, 3));
    });

    const list = (overrides: Partial<SongListRequest> = {}) =>
      adapters.songReader.list({
        bandId,
        viewerId: sam,
        status: null,
        search: null,
        sort: 'title',
        after: null,
        limit: 50,
        ...overrides,
      });

    it('lists the band’s songs by title, accents folded, with my level and the band’s', async () => {
      expect(await list()).toEqual([
        {
          id: creep.id,
          title: 'Creep',
          artist: 'Radiohead',
          key: null,
          bpm: null,
          durationSec: null,
          links: ['https://youtu.be/XFkzRNyygfk'],
          players: [
            {
              provider: 'youtube',
              url: 'https://youtu.be/XFkzRNyygfk',
              embedUrl: 'https://www.youtube-nocookie.com/embed/XFkzRNyygfk',
            },
          ],
          mastered: true,
          myLevel: null,
          bandAverageLevel: null,
          ratedBy: 0,
        },
        expect.objectContaining({ title: 'Élan' }),
        expect.objectContaining({
          id: zombie.id,
          key: 'Em',
          bpm: 84,
          durationSec: 306,
          myLevel: 3,
          bandAverageLevel: 4.7,
          ratedBy: 3,
        }),
      ]);
    });

    it('filters by status and by search', async () => {
      const titles = async (overrides: Partial<SongListRequest>) => (await list(overrides)).map((song) => song.title);
      expect(await titles({ status: 'mastered' })).toEqual(['Creep']);
      expect(await titles({ status: 'learning' })).toEqual(['Élan', 'Zombie']);
      expect(await titles({ search: 'cranb' })).toEqual(['Zombie']);
      expect(await titles({ search: 'elan' })).toEqual(['Élan']);
      expect(await titles({ search: '%' })).toEqual([]);
    });

    it('sorts by my level or the band’s average, lowest first, not rated first, ties by title', async () => {
      await adapters.progress.save(progressOf(creep, sam, 9));
      await adapters.progress.save(progressOf(élan, lea, 1));
      const titles = async (overrides: Partial<SongListRequest>) => (await list(overrides)).map((song) => song.title);
      // My levels: Élan –, Zombie 3, Creep 9. The band's: Élan 1, Zombie 4.7, Creep 9.
      expect(await titles({ sort: 'myLevel' })).toEqual(['Élan', 'Zombie', 'Creep']);
      expect(await titles({ sort: 'bandAverage' })).toEqual(['Élan', 'Zombie', 'Creep']);
      await adapters.progress.save(progressOf(creep, sam, 3));
      expect(await titles({ sort: 'myLevel' })).toEqual(['Élan', 'Creep', 'Zombie']);
      expect(await titles({ sort: 'bandAverage', status: 'learning' })).toEqual(['Élan', 'Zombie']);
    });

    it('starts a page after a position, in each order', async () => {
      await adapters.progress.save(progressOf(creep, sam, 3));
      const position = (song: Song, level: number | null) => ({ level, title: song.details.searchText, id: song.id });
      const titles = async (overrides: Partial<SongListRequest>) => (await list(overrides)).map((song) => song.title);
      expect(await titles({ limit: 2 })).toEqual(['Creep', 'Élan']);
      expect(await titles({ after: position(creep, null) })).toEqual(['Élan', 'Zombie']);
      // My levels: Élan –, Creep 3, Zombie 3 (ties by title).
      expect(await titles({ sort: 'myLevel', after: position(creep, 3) })).toEqual(['Zombie']);
      expect(await titles({ sort: 'myLevel', after: { level: null, title: 'a', id: newId() } })).toEqual([
        'Élan',
        'Creep',
        'Zombie',
      ]);
      // The band's: Creep 3, Zombie 4.7, Élan not rated.
      expect(await titles({ sort: 'bandAverage', after: position(zombie, 4.7) })).toEqual([]);
      expect(await titles({ sort: 'bandAverage', after: position(creep, 3) })).toEqual(['Zombie']);
    });

    it('keeps the band’s figures through a changed level, a changed song and a former member', async () => {
      const figures = async () => {
        const view = await adapters.songReader.findById(zombie.id, sam);
        const [listed] = await list({ sort: 'bandAverage', search: 'zombie' });
        expect(listed).toMatchObject({ bandAverageLevel: view?.bandAverageLevel, ratedBy: view?.ratedBy });
        return { average: view?.bandAverageLevel, ratedBy: view?.ratedBy };
      };
      expect(await figures()).toEqual({ average: 4.7, ratedBy: 3 }); // 8, 3, 3
      await adapters.progress.save(progressOf(zombie, max, 10));
      await adapters.progress.save(progressOf(zombie, max, 10));
      expect(await figures()).toEqual({ average: 7, ratedBy: 3 }); // 8, 3, 10
      zombie.change({ title: 'Zombie (live)', bpm: 90 }, 'manager');
      await adapters.songs.save(zombie);
      expect(await figures()).toEqual({ average: 7, ratedBy: 3 });
      await adapters.leave(bandId, lea);
      await adapters.progress.deleteAllOf(lea, bandId);
      expect(await figures()).toEqual({ average: 6.5, ratedBy: 2 }); // 3, 10
      await adapters.leave(bandId, sam);
      await adapters.leave(bandId, max);
      await adapters.progress.deleteAllOf(sam, null);
      await adapters.progress.deleteAllOf(max, null);
      expect(await figures()).toEqual({ average: null, ratedBy: 0 });
    });

    it('shows a song with my progress, the others’ levels in order, and no other note', async () => {
      const view = await adapters.songReader.findById(zombie.id, sam);
      expect(view).toEqual({
        id: zombie.id,
        bandId,
        title: 'Zombie',
        artist: 'The Cranberries',
        versionOf: null,
        links: [],
        key: 'Em',
        bpm: 84,
        durationSec: 306,
        mastered: false,
        votesAtPromotion: null,
        createdAt: T0,
        myProgress: { level: 3, note: 'Sam’s secret' },
        levels: [3, 8],
        bandAverageLevel: 4.7,
        ratedBy: 3,
      });
      expect(JSON.stringify(view)).not.toContain('Léa’s secret');
      expect(JSON.stringify(await list())).not.toContain('secret');
      expect((await adapters.songReader.findById(creep.id, sam))?.myProgress).toBeNull();
      expect(await adapters.songReader.findById(newId(), sam)).toBeNull();
    });
    it('hands another context the band’s songs among some ids, by title, and nothing of another band', async () => {
      const songs = await adapters.songReader.bandSongs(bandId, [zombie.id, newId(), creep.id, zombie.id]);
      expect(songs).toEqual([
        {
          id: creep.id,
          title: 'Creep',
          artist: 'Radiohead',
          key: null,
          bpm: null,
          durationSec: null,
          mastered: true,
          bandAverageLevel: null,
        },
        {
          id: zombie.id,
          title: 'Zombie',
          artist: 'The Cranberries',
          key: 'Em',
          bpm: 84,
          durationSec: 306,
          mastered: false,
          bandAverageLevel: 4.7,
        },
      ]);
      expect(JSON.stringify(songs)).not.toContain('secret');
      const otherBand = await adapters.aBandOf(sam);
      expect(await adapters.songReader.bandSongs(otherBand, [zombie.id])).toEqual([]);
      expect(await adapters.songReader.bandSongs(bandId, [])).toEqual([]);
      expect((await adapters.songReader.bandSongs(bandId, null)).map((song) => song.title)).toEqual([
        'Creep',
        'Élan',
        'Zombie',
      ]);
    });
  });
}
