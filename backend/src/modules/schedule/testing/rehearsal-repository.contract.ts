import { describe, expect, it } from '@jest/globals';
import { newId } from '../../../shared/application/ids.js';
import { Rehearsal } from '../domain/rehearsal.js';
import type { ScheduleAdaptersFactory } from './schedule-adapters.js';
import { aRehearsal } from './schedule.mother.js';

const day = (n: number) => new Date(Date.UTC(2026, 11, n, 19));

export function rehearsalRepositoryContract(adapters: ScheduleAdaptersFactory): void {
  describe('RehearsalRepository', () => {
    it('keeps every field of a date, its songs in order', async () => {
      const { rehearsals, aPerson, aBandOf } = await adapters();
      const songIds = [newId(), newId()];
      const date = aRehearsal(await aBandOf(await aPerson()), {
        seriesId: newId(),
        endsAt: new Date('2026-12-03T21:30:00.250Z'),
        location: 'Studio Bleu',
        notes: 'Le pont\nde Zombie',
        songIds,
      });
      await rehearsals.saveAll([date]);
      expect((await rehearsals.findById(date.id))?.snapshot()).toEqual(date.snapshot());
      expect(await rehearsals.findById(newId())).toBeNull();
    });

    it('finds a date and the later ones of its series only, in start order; a single date alone', async () => {
      const { rehearsals, aPerson, aBandOf } = await adapters();
      const bandId = await aBandOf(await aPerson());
      const seriesId = newId();
      const dates = [10, 3, 17, 24].map((n) => aRehearsal(bandId, { seriesId, startsAt: day(n) }));
      const other = aRehearsal(bandId, { seriesId: newId(), startsAt: day(18) });
      const single = aRehearsal(bandId, { startsAt: day(11) });
      await rehearsals.saveAll([...dates, other, single]);
      const following = await rehearsals.findFollowing(dates[0]!);
      expect(following.map((date) => date.startsAt)).toEqual([day(10), day(17), day(24)]);
      expect((await rehearsals.findFollowing(single)).map((date) => date.id)).toEqual([single.id]);
    });

    it('writes changes to many dates and deletes many at once', async () => {
      const { rehearsals, aPerson, aBandOf } = await adapters();
      const bandId = await aBandOf(await aPerson());
      const dates = [3, 10, 17].map((n) => aRehearsal(bandId, { startsAt: day(n) }));
      await rehearsals.saveAll(dates);
      const stored = await rehearsals.findFollowing((await rehearsals.findById(dates[1]!.id))!);
      Rehearsal.changeAll(stored, { location: 'La Cave', status: 'cancelled' }, 'Europe/Paris', 'manager');
      await rehearsals.saveAll(stored);
      expect((await rehearsals.findById(dates[1]!.id))?.snapshot()).toMatchObject({
        location: 'La Cave',
        status: 'cancelled',
      });
      expect((await rehearsals.findById(dates[0]!.id))?.snapshot().location).toBeNull();
      await rehearsals.deleteAll([dates[0]!.id, dates[2]!.id]);
      expect(await rehearsals.findById(dates[0]!.id)).toBeNull();
      expect(await rehearsals.findById(dates[2]!.id)).toBeNull();
      expect(await rehearsals.findById(dates[1]!.id)).not.toBeNull();
    });
  });
}
