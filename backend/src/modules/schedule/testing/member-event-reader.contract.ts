import { describe, expect, it } from '@jest/globals';
import type { ScheduleAdaptersFactory } from './schedule-adapters.js';
import { aGig, aRehearsal } from './schedule.mother.js';

export function memberEventReaderContract(adapters: ScheduleAdaptersFactory): void {
  describe('MemberEventReader', () => {
    it('lists the dates of the member’s bands in time order with their own answer, from a moment on', async () => {
      const { gigs, rehearsals, attendance, memberEvents, aPerson, aBandOf } = await adapters();
      const [lea, sam] = [await aPerson(), await aPerson()];
      const [ours, second, theirs] = [await aBandOf(lea, sam), await aBandOf(lea), await aBandOf(sam)];
      const past = aRehearsal(ours, { startsAt: new Date('2026-11-01T19:00:00Z') });
      const rehearsal = aRehearsal(ours, {
        startsAt: new Date('2026-12-03T19:00:00Z'),
        endsAt: new Date('2026-12-03T22:00:00Z'),
        location: 'Studio Bleu',
        notes: 'Le pont',
      });
      const gig = aGig(second, { startsAt: new Date('2027-06-21T18:00:00Z'), address: '7 port de la Gare' });
      const elsewhere = aGig(theirs);
      await rehearsals.saveAll([past, rehearsal]);
      for (const event of [gig, elsewhere]) await gigs.save(event);
      await attendance.answer('rehearsal', [rehearsal.id], lea, { status: 'maybe', comment: null }, new Date());
      await attendance.answer('rehearsal', [rehearsal.id], sam, { status: 'no', comment: null }, new Date());

      const events = await memberEvents.eventsOf(lea, [ours, second], new Date('2026-11-24T00:00:00Z'));
      expect(events).toEqual([
        {
          id: rehearsal.id,
          type: 'rehearsal',
          bandId: ours,
          title: null,
          startsAt: new Date('2026-12-03T19:00:00Z'),
          endsAt: new Date('2026-12-03T22:00:00Z'),
          location: 'Studio Bleu',
          address: null,
          status: 'planned',
          notes: 'Le pont',
          myAnswer: 'maybe',
        },
        {
          id: gig.id,
          type: 'gig',
          bandId: second,
          title: 'Fête de la musique',
          startsAt: new Date('2027-06-21T18:00:00Z'),
          endsAt: null,
          location: null,
          address: '7 port de la Gare',
          status: 'planned',
          notes: null,
          myAnswer: null,
        },
      ]);
      expect(await memberEvents.eventsOf(lea, [], new Date(0))).toEqual([]);
      // The gig (18:00, no end) is taken to last three hours.
      const gigIdsFrom = async (since: string) =>
        (await memberEvents.eventsOf(lea, [second], new Date(since))).map((event) => event.id);
      expect(await gigIdsFrom('2027-06-21T20:30:00Z')).toEqual([gig.id]);
      expect(await gigIdsFrom('2027-06-21T21:30:00Z')).toEqual([]);
    });
  });
}
