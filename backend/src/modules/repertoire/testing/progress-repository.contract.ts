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

    it('stores nothing for a song that is gone', async () => {
      await adapters.songs.delete(song.id);
      await adapters.progress.save(progressOf(song, lea, 5, 'late'));
      await adapters.songs.save(song);
      expect(await mine()).toBeNull();
    });
  });
}
