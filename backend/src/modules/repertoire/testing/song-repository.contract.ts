import { beforeEach, describe, expect, it } from '@jest/globals';
import { newId } from '../../../shared/application/ids.js';
import type { RepertoireAdapters, RepertoireAdaptersFactory } from './repertoire-adapters.js';
import { aSong, progressOf } from './song.mother.js';

/** What every SongRepository does, whatever stores it. */
export function songRepositoryContract(makeAdapters: RepertoireAdaptersFactory): void {
  describe('SongRepository contract', () => {
    let adapters: RepertoireAdapters;
    let bandId: string;
    let lea: string;

    beforeEach(async () => {
      adapters = await makeAdapters();
      lea = await adapters.aPerson('Léa');
      bandId = await adapters.aBandOf(lea);
    });

    it('saves a song and finds it back, changes included', async () => {
      const song = aSong({ bandId, links: ['https://youtu.be/0J2QdDbelmY'], key: 'Em', bpm: 84, durationSec: 306 });
      await adapters.songs.save(song);
      expect((await adapters.songs.findById(song.id))?.snapshot()).toEqual(song.snapshot());
      song.change({ mastered: true, bpm: null, title: 'Linger' }, 'manager');
      await adapters.songs.save(song);
      expect((await adapters.songs.findById(song.id))?.snapshot()).toEqual(song.snapshot());
      expect(await adapters.songs.findById(newId())).toBeNull();
    });

    it('deletes a song with everyone’s progress on it', async () => {
      const song = aSong({ bandId });
      await adapters.songs.save(song);
      await adapters.progress.save(progressOf(song, lea, 5, 'note'));
      await adapters.songs.delete(song.id);
      expect(await adapters.songs.findById(song.id)).toBeNull();
      await adapters.songs.save(song);
      expect((await adapters.songReader.findById(song.id, lea))?.myProgress).toBeNull();
    });
  });
}
