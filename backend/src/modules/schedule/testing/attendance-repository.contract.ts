import { describe, expect, it } from '@jest/globals';
import type { ScheduleAdaptersFactory } from './schedule-adapters.js';
import { aGig, aRehearsal, T0 } from './schedule.mother.js';

const LATER = new Date(T0.getTime() + 60_000);

export function attendanceRepositoryContract(adapters: ScheduleAdaptersFactory): void {
  describe('AttendanceRepository', () => {
    it('keeps one answer per member per event: answering again replaces it', async () => {
      const { gigs, attendance, aPerson, aBandOf } = await adapters();
      const [lea, sam] = [await aPerson(), await aPerson()];
      const gig = aGig(await aBandOf(lea, sam));
      await gigs.save(gig);
      await attendance.answer('gig', [gig.id], lea, { status: 'maybe', comment: 'Peut-être' }, T0);
      await attendance.answer('gig', [gig.id], sam, { status: 'no', comment: null }, T0);
      await attendance.answer('gig', [gig.id], lea, { status: 'yes', comment: null }, LATER);
      const answers = await attendance.answersTo('gig', gig.id);
      expect(answers.sort((a, b) => a.status.localeCompare(b.status))).toEqual([
        { userId: sam, status: 'no', comment: null, answeredAt: T0.toISOString() },
        { userId: lea, status: 'yes', comment: null, answeredAt: LATER.toISOString() },
      ]);
    });

    it('keeps the earlier comment when an answer gives none, and clears it when given null', async () => {
      const { gigs, rehearsals, attendance, aPerson, aBandOf } = await adapters();
      const lea = await aPerson();
      const bandId = await aBandOf(lea);
      const gig = aGig(bandId);
      await gigs.save(gig);
      const dates = [aRehearsal(bandId), aRehearsal(bandId)];
      await rehearsals.saveAll(dates);
      const ids = dates.map((date) => date.id);
      const commentOf = async (type: 'gig' | 'rehearsal', id: string) =>
        (await attendance.answersTo(type, id)).map(({ status, comment }) => ({ status, comment }));

      await attendance.answer('gig', [gig.id], lea, { status: 'maybe', comment: 'Je pars à 22 h' }, T0);
      await attendance.answer('gig', [gig.id], lea, { status: 'yes' }, LATER);
      expect(await commentOf('gig', gig.id)).toEqual([{ status: 'yes', comment: 'Je pars à 22 h' }]);
      await attendance.answer('gig', [gig.id], lea, { status: 'yes', comment: null }, LATER);
      expect(await commentOf('gig', gig.id)).toEqual([{ status: 'yes', comment: null }]);

      await attendance.answer('rehearsal', [ids[0]!], lea, { status: 'no', comment: 'Malade' }, T0);
      await attendance.answer('rehearsal', ids, lea, { status: 'maybe' }, LATER);
      expect(await commentOf('rehearsal', ids[0]!)).toEqual([{ status: 'maybe', comment: 'Malade' }]);
      expect(await commentOf('rehearsal', ids[1]!)).toEqual([{ status: 'maybe', comment: null }]);
    });

    it('answers many dates at once, keeps rehearsals and gigs apart, and lets the answers go with the event', async () => {
      const { gigs, rehearsals, attendance, aPerson, aBandOf } = await adapters();
      const lea = await aPerson();
      const bandId = await aBandOf(lea);
      const dates = [aRehearsal(bandId), aRehearsal(bandId)];
      await rehearsals.saveAll(dates);
      const gig = aGig(bandId);
      await gigs.save(gig);
      await attendance.answer(
        'rehearsal',
        dates.map((date) => date.id),
        lea,
        { status: 'yes', comment: null },
        T0,
      );
      await attendance.answer('gig', [gig.id], lea, { status: 'no', comment: null }, T0);
      for (const date of dates) {
        expect((await attendance.answersTo('rehearsal', date.id)).map((answer) => answer.status)).toEqual(['yes']);
      }
      await rehearsals.deleteAll([dates[0]!.id]);
      await gigs.delete(gig.id);
      expect(await attendance.answersTo('rehearsal', dates[0]!.id)).toEqual([]);
      expect(await attendance.answersTo('gig', gig.id)).toEqual([]);
      expect(await attendance.answersTo('rehearsal', dates[1]!.id)).toHaveLength(1);
    });

    it('lets go of a former member’s answers in that band only, or of everyone who left', async () => {
      const { gigs, attendance, aPerson, aBandOf, leave } = await adapters();
      const [lea, sam, max] = [await aPerson(), await aPerson(), await aPerson()];
      const here = aGig(await aBandOf(lea, sam, max));
      const there = aGig(await aBandOf(lea, sam));
      await gigs.save(here);
      await gigs.save(there);
      for (const userId of [lea, sam, max]) {
        await attendance.answer('gig', [here.id], userId, { status: 'yes', comment: null }, T0);
      }
      await attendance.answer('gig', [there.id], sam, { status: 'yes', comment: null }, T0);
      const who = async (gigId: string) =>
        (await attendance.answersTo('gig', gigId)).map((answer) => answer.userId).sort();

      await leave(here.bandId, sam);
      await attendance.deleteAllOf(sam, here.bandId);
      expect(await who(here.id)).toEqual([lea, max].sort());
      expect(await who(there.id)).toEqual([sam]);

      await leave(here.bandId, max);
      expect(await attendance.deleteAllOfFormerMembers()).toBe(1);
      expect(await attendance.deleteAllOfFormerMembers()).toBe(0);
      expect(await who(here.id)).toEqual([lea]);
    });
  });
}
