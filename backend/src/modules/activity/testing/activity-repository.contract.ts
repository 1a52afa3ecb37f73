import { beforeEach, describe, expect, it } from '@jest/globals';
import { newId } from '../../../shared/application/ids.js';
import type { ActivityAdapters, ActivityAdaptersFactory } from './activity-adapters.js';
import { anEntry, minute } from './activity.mother.js';

export function activityRepositoryContract(makeAdapters: ActivityAdaptersFactory): void {
  describe('ActivityRepository', () => {
    let adapters: ActivityAdapters;
    let bandId: string;
    let lea: string;

    beforeEach(async () => {
      adapters = await makeAdapters();
      bandId = await adapters.aBand();
      lea = await adapters.aUserNamed('Léa');
    });

    const ids = async (after: { at: Date; id: string } | null, limit = 10) =>
      (await adapters.activity.page(bandId, after, limit)).map(({ id }) => id);

    it('reads a band’s entries newest first, the same instant by id, a page after a position', async () => {
      const [early, same1, same2, late] = [
        anEntry(bandId, lea, 1),
        anEntry(bandId, lea, 2),
        anEntry(bandId, lea, 2),
        anEntry(bandId, lea, 3),
      ];
      const otherBand = await adapters.aBand();
      for (const entry of [same1, late, early, same2, anEntry(otherBand, lea, 4)]) {
        await adapters.activity.record(entry);
      }
      const [higher, lower] = same1.id > same2.id ? [same1, same2] : [same2, same1];
      expect(await ids(null)).toEqual([late.id, higher.id, lower.id, early.id]);
      expect(await ids(null, 2)).toEqual([late.id, higher.id]);
      expect(await ids({ at: higher.at, id: higher.id })).toEqual([lower.id, early.id]);
      expect(await ids({ at: early.at, id: early.id })).toEqual([]);
    });

    it('keeps what was done to what, and names the actor and a member subject as they are called today', async () => {
      const sam = await adapters.aUserNamed('Sam');
      const gigId = newId();
      const answered = anEntry(bandId, sam, 1, {
        type: 'attendance.answered',
        subject: { type: 'gig', id: gigId, title: 'Fête de la musique', startsAt: minute(50) },
        detail: 'maybe',
      });
      const series = anEntry(bandId, lea, 2, {
        type: 'rehearsal.planned',
        subject: { type: 'rehearsal', id: newId(), title: null, startsAt: minute(40) },
        count: 6,
      });
      const joined = anEntry(bandId, sam, 3, {
        type: 'member.joined',
        subject: { type: 'member', id: sam, title: null, startsAt: null },
      });
      for (const entry of [answered, series, joined]) await adapters.activity.record(entry);
      await adapters.renameUser(sam, 'Samuel');
      expect(await adapters.activity.page(bandId, null, 10)).toEqual([
        {
          id: joined.id,
          at: minute(3).toISOString(),
          actor: { id: sam, displayName: 'Samuel' },
          type: 'member.joined',
          subject: { type: 'member', id: sam, title: 'Samuel', startsAt: null },
          detail: null,
          count: null,
        },
        {
          id: series.id,
          at: minute(2).toISOString(),
          actor: { id: lea, displayName: 'Léa' },
          type: 'rehearsal.planned',
          subject: { type: 'rehearsal', id: series.subject.id, title: null, startsAt: minute(40).toISOString() },
          detail: null,
          count: 6,
        },
        {
          id: answered.id,
          at: minute(1).toISOString(),
          actor: { id: sam, displayName: 'Samuel' },
          type: 'attendance.answered',
          subject: { type: 'gig', id: gigId, title: 'Fête de la musique', startsAt: minute(50).toISOString() },
          detail: 'maybe',
          count: null,
        },
      ]);
    });

    it('keeps the lines of someone whose account is gone, without naming them', async () => {
      const sam = await adapters.aUserNamed('Sam');
      const removed = anEntry(bandId, lea, 1, {
        type: 'member.removed',
        subject: { type: 'member', id: sam, title: null, startsAt: null },
      });
      const promoted = anEntry(bandId, sam, 2);
      for (const entry of [removed, promoted]) await adapters.activity.record(entry);
      await adapters.deleteUser(sam);
      const [second, first] = await adapters.activity.page(bandId, null, 10);
      expect(second).toMatchObject({ id: promoted.id, actor: null, subject: { title: 'Creep' } });
      expect(first).toMatchObject({ id: removed.id, actor: { displayName: 'Léa' }, subject: { id: sam, title: null } });
    });

    it('purges every band’s entries older than the limit, once', async () => {
      const otherBand = await adapters.aBand();
      const kept = anEntry(bandId, lea, 10);
      for (const entry of [anEntry(bandId, lea, 1), anEntry(otherBand, lea, 9), kept, anEntry(otherBand, lea, 11)]) {
        await adapters.activity.record(entry);
      }
      expect(await adapters.activity.purgeBefore(minute(10))).toBe(2);
      expect(await adapters.activity.purgeBefore(minute(10))).toBe(0);
      expect(await ids(null)).toEqual([kept.id]);
      expect(await adapters.activity.page(otherBand, null, 10)).toHaveLength(1);
    });
  });
}
