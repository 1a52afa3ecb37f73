import { describe, expect, it } from '@jest/globals';
import type { ScheduleAdaptersFactory } from './schedule-adapters.js';
import { aGig, aRehearsal } from './schedule.mother.js';

export function plannerReaderContract(adapters: ScheduleAdaptersFactory): void {
  describe('PlannerReader', () => {
    it('says when each song was last on a past rehearsal’s plan, cancelled ones and later ones aside', async () => {
      const { rehearsals, planner, aPerson, aBandOf, aSongOf } = await adapters();
      const bandId = await aBandOf(await aPerson());
      const [a, b, c] = [await aSongOf(bandId), await aSongOf(bandId), await aSongOf(bandId)];
      const at = (day: number) => new Date(`2026-11-${String(day).padStart(2, '0')}T19:00:00Z`);
      await rehearsals.saveAll([
        aRehearsal(bandId, { startsAt: at(3), songIds: [a, b] }),
        aRehearsal(bandId, { startsAt: at(10), songIds: [a] }),
        aRehearsal(bandId, { startsAt: at(17), songIds: [b], status: 'cancelled' }),
        aRehearsal(bandId, { startsAt: at(24), songIds: [c] }),
        aRehearsal(await aBandOf(await aPerson()), { startsAt: at(12), songIds: [b] }),
      ]);
      expect(await planner.lastRehearsed(bandId, at(24))).toEqual(
        new Map([
          [a, at(10)],
          [b, at(3)],
        ]),
      );
    });

    it('finds the next gig after a moment that is not cancelled', async () => {
      const { gigs, planner, aPerson, aBandOf } = await adapters();
      const bandId = await aBandOf(await aPerson());
      const cancelled = aGig(bandId, {
        title: 'Annulé',
        startsAt: new Date('2027-05-01T18:00:00Z'),
        status: 'cancelled',
      });
      const next = aGig(bandId, { title: 'Fête', startsAt: new Date('2027-06-21T18:00:00Z') });
      const later = aGig(bandId, { title: 'Bal', startsAt: new Date('2027-07-14T19:00:00Z') });
      for (const gig of [later, cancelled, next]) await gigs.save(gig);
      expect(await planner.nextGig(bandId, new Date('2027-01-01T00:00:00Z'))).toEqual({
        id: next.id,
        title: 'Fête',
        startsAt: new Date('2027-06-21T18:00:00Z'),
      });
      expect(await planner.nextGig(bandId, new Date('2027-08-01T00:00:00Z'))).toBeNull();
    });
  });
}
