import { describe, expect, it } from '@jest/globals';
import { Setlist } from '../domain/setlist/setlist.js';
import type { ScheduleAdaptersFactory } from './schedule-adapters.js';
import { aGig } from './schedule.mother.js';

export function setlistRepositoryContract(adapters: ScheduleAdaptersFactory): void {
  describe('SetlistRepository', () => {
    async function aGigWithSongs(count: number) {
      const context = await adapters();
      const bandId = await context.aBandOf(await context.aPerson());
      const gig = aGig(bandId, { startsAt: new Date('2027-06-21T19:00:00Z') });
      await context.gigs.save(gig);
      const songs: string[] = [];
      for (let index = 0; index < count; index++) songs.push(await context.aSongOf(bandId));
      return { ...context, gig, songs };
    }

    it('keeps the running order, its breaks and their labels, and an encore of a song', async () => {
      const { setlists, gig, songs } = await aGigWithSongs(3);
      const [a, b, c] = songs as [string, string, string];
      const setlist = Setlist.of([
        { songId: a },
        { songId: b },
        { break: true, label: 'Entracte' },
        { songId: c },
        { break: true, label: null },
        { songId: a },
      ]);
      expect(await setlists.replace(gig.id, setlist)).toBe(true);
      expect((await setlists.find(gig.id)).entries).toEqual(setlist.entries);
    });

    it('replaces the whole list, and is empty before the first save and after the gig is deleted', async () => {
      const { setlists, gigs, gig, songs } = await aGigWithSongs(2);
      expect((await setlists.find(gig.id)).entries).toEqual([]);
      await setlists.replace(gig.id, Setlist.of(songs.map((songId) => ({ songId }))));
      await setlists.replace(gig.id, Setlist.of([{ songId: songs[1]! }]));
      expect((await setlists.find(gig.id)).entries).toEqual([{ songId: songs[1] }]);
      await gigs.delete(gig.id);
      expect((await setlists.find(gig.id)).entries).toEqual([]);
      expect(await setlists.replace(gig.id, Setlist.of([{ songId: songs[0]! }]))).toBe(false);
    });

    it('ends two saves at the same moment with one of them whole, never a mix', async () => {
      const { setlists, gig, songs } = await aGigWithSongs(6);
      const first = Setlist.of(songs.slice(0, 3).map((songId) => ({ songId })));
      const second = Setlist.of(songs.slice(3).map((songId) => ({ songId })));
      for (let round = 0; round < 5; round++) {
        await Promise.all([setlists.replace(gig.id, first), setlists.replace(gig.id, second)]);
        expect([first.entries, second.entries]).toContainEqual((await setlists.find(gig.id)).entries);
      }
    });

    it('says a song is held by a gig to come that is not cancelled, and not by a past or cancelled one', async () => {
      const { setlists, gigs, gig, songs } = await aGigWithSongs(2);
      const [held, free] = songs as [string, string];
      await setlists.replace(gig.id, Setlist.of([{ songId: held }]));
      const before = new Date('2027-06-21T18:00:00Z');
      expect(await setlists.holdsSong(held, before)).toBe(true);
      expect(await setlists.holdsSong(free, before)).toBe(false);
      // The gig (19:00, no end) is taken to last three hours.
      expect(await setlists.holdsSong(held, new Date('2027-06-21T21:30:00Z'))).toBe(true);
      expect(await setlists.holdsSong(held, new Date('2027-06-21T22:30:00Z'))).toBe(false);
      gig.change({ status: 'cancelled' }, 'manager');
      await gigs.save(gig);
      expect(await setlists.holdsSong(held, before)).toBe(false);
    });
  });
}
