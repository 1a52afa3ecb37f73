import { beforeEach, describe, expect, it } from '@jest/globals';
import type { Song } from '../domain/song.js';
import type { RepertoireAdapters, RepertoireAdaptersFactory } from './repertoire-adapters.js';
import { aSong, progressOf } from './song.mother.js';

/** What every ProgressRepository does, whatever stores it. */
export function progressRepositoryContract(makeAdapters: RepertoireAdaptersFactory): void {
  describe('ProgressRepository contract', () => {
    let adapters: RepertoireAdapters;
    let lea: string;
    let song: Song;

    beforeEach(async () => {
      adapters = await makeAdapters();
      lea = await adapters.aPerson('Léa');
      song = aSong({ bandId: await adapters.aBandOf(lea) });
      await adapters.songs.save(song);
    });

    const mine = async () => (await adapters.songReader.findById(song.id, lea))?.myProgress;

    it('stores one level per member, replaced by the next', async () => {
      await adapters.progress.save(progressOf(song, lea, 2, 'first'));
      await adapters.progress.save(progressOf(song, lea, 7, 'second'));
      expect(await mine()).toEqual({ level: 7, note: 'second' });
      expect((await adapters.songReader.findById(song.id, lea))?.ratedBy).toBe(1);
    });

    it('keeps the stored note when the new progress has none, and clears it with null', async () => {
      await adapters.progress.save(progressOf(song, lea, 2, 'capo 2'));
      await adapters.progress.save(progressOf(song, lea, 4));
      expect(await mine()).toEqual({ level: 4, note: 'capo 2' });
      await adapters.progress.save(progressOf(song, lea, 4, null));
      expect(await mine()).toEqual({ level: 4, note: null });
      await adapters.progress.save(progressOf(song, lea, 9));
      expect(await mine()).toEqual({ level: 9, note: null });
    });

    it('deletes a former member’s levels and notes in the band they left, and nothing more', async () => {
      const sam = await adapters.aPerson('Sam');
      const bandId = await adapters.aBandOf(lea, sam);
      const otherBand = await adapters.aBandOf(sam);
      const [here, there] = [aSong({ bandId }), aSong({ bandId: otherBand })];
      for (const each of [here, there]) await adapters.songs.save(each);
      await adapters.progress.save(progressOf(here, lea, 8, 'Léa’s'));
      await adapters.progress.save(progressOf(here, sam, 2, 'Sam’s'));
      await adapters.progress.save(progressOf(there, sam, 5, 'Sam’s too'));
      const figures = async (song: Song, viewer: string) => {
        const view = await adapters.songReader.findById(song.id, viewer);
        return { ratedBy: view?.ratedBy, average: view?.bandAverageLevel, mine: view?.myProgress ?? null };
      };

      await adapters.progress.deleteAllOf(sam, bandId);
      expect((await figures(here, lea)).ratedBy).toBe(2); // still a member: nothing happens

      await adapters.leave(bandId, sam);
      await adapters.progress.deleteAllOf(sam, bandId);
      expect(await figures(here, lea)).toEqual({ ratedBy: 1, average: 8, mine: { level: 8, note: 'Léa’s' } });
      expect((await figures(here, sam)).mine).toBeNull();
      expect((await figures(there, sam)).mine).toEqual({ level: 5, note: 'Sam’s too' });

      await adapters.progress.deleteAllOf(sam, null);
      expect((await figures(there, sam)).ratedBy).toBe(1); // still in that band
      await adapters.leave(otherBand, sam);
      await adapters.progress.deleteAllOf(sam, null);
      expect((await figures(there, sam)).ratedBy).toBe(0);
    });

    it('stores nothing for a song that is gone', async () => {
      await adapters.songs.delete(song.id);
      await adapters.progress.save(progressOf(song, lea, 5, 'late'));
      await adapters.songs.save(song);
      expect(await mine()).toBeNull();
    });
  });
}
