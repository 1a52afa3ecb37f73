import { describe, expect, it } from '@jest/globals';
import type { ScheduleAdaptersFactory } from './schedule-adapters.js';
import { aGig } from './schedule.mother.js';

export function gigRepositoryContract(adapters: ScheduleAdaptersFactory): void {
  describe('GigRepository', () => {
    it('keeps every field of a gig, times to the millisecond', async () => {
      const { gigs, aPerson, aBandOf } = await adapters();
      const gig = aGig(await aBandOf(await aPerson()), {
        endsAt: new Date('2027-06-21T23:30:00.123Z'),
        location: 'Le Petit Bain',
        address: '7 port de la Gare\n75013 Paris',
        feeCents: 9_999_999_999,
        currency: 'CHF',
        notes: 'Balances à 17 h',
        status: 'confirmed',
      });
      await gigs.save(gig);
      expect((await gigs.findById(gig.id))?.snapshot()).toEqual(gig.snapshot());
    });

    it('writes a change over the stored gig, and deletes it', async () => {
      const { gigs, aPerson, aBandOf } = await adapters();
      const gig = aGig(await aBandOf(await aPerson()), { location: 'Bar' });
      await gigs.save(gig);
      gig.change({ location: null, status: 'cancelled' }, 'manager');
      await gigs.save(gig);
      expect((await gigs.findById(gig.id))?.snapshot()).toMatchObject({ location: null, status: 'cancelled' });
      await gigs.delete(gig.id);
      expect(await gigs.findById(gig.id)).toBeNull();
    });
  });
}
