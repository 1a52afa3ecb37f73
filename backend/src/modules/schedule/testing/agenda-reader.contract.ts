import { beforeEach, describe, expect, it } from '@jest/globals';
import type { AgendaRequest } from '../application/ports/agenda.reader.js';
import type { EventSummaryView } from '../application/event-summary-view.js';
import type { ScheduleAdapters, ScheduleAdaptersFactory } from './schedule-adapters.js';
import { aGig, aRehearsal, T0 } from './schedule.mother.js';

const NOW = new Date('2026-12-10T12:00:00.000Z');
const day = (n: number, hour = 19) => new Date(Date.UTC(2026, 11, n, hour));

export function agendaReaderContract(makeAdapters: ScheduleAdaptersFactory): void {
  describe('AgendaReader', () => {
    let adapters: ScheduleAdapters;
    let lea: string;
    let bandId: string;
    let page: (overrides?: Partial<AgendaRequest>) => Promise<EventSummaryView[]>;
    let request: (overrides?: Partial<AgendaRequest>) => Promise<string[]>;

    // Rehearsals on the 3rd, the 10th (10:00–13:00: under way at NOW) and the 17th; gigs on the 9th,
    // the 12th and the 17th at the same time as the rehearsal; another band's gig on the 11th.
    beforeEach(async () => {
      adapters = await makeAdapters();
      lea = await adapters.aPerson();
      bandId = await adapters.aBandOf(lea);
      await adapters.rehearsals.saveAll([
        aRehearsal(bandId, { startsAt: day(3), location: 'Studio Bleu' }),
        aRehearsal(bandId, { startsAt: day(10, 10), endsAt: day(10, 13) }),
        aRehearsal(bandId, { startsAt: day(17), status: 'cancelled' }),
      ]);
      for (const [n, title] of [
        [9, 'Bar'],
        [12, 'Fête'],
        [17, 'Salle'],
      ] as const) {
        await adapters.gigs.save(aGig(bandId, { startsAt: day(n), title }));
      }
      await adapters.gigs.save(aGig(await adapters.aBandOf(lea), { startsAt: day(11), title: 'Ailleurs' }));
      page = (overrides = {}) =>
        adapters.agenda.page({
          bandId,
          viewerId: lea,
          type: null,
          when: 'all',
          now: NOW,
          from: null,
          to: null,
          after: null,
          limit: 50,
          ...overrides,
        });
      request = async (overrides = {}) =>
        (await page(overrides)).map(
          (row) => `${row.startsAt.slice(8, 13)} ${row.type}${row.title ? ` ${row.title}` : ''}`,
        );
    });

    it('lists the band’s rehearsals and gigs together in time order, ties by id', async () => {
      // The ids are time-ordered (UUID v7): the rehearsal of the 17th was made before the gig.
      expect(await request()).toEqual([
        '03T19 rehearsal',
        '09T19 gig Bar',
        '10T10 rehearsal',
        '12T19 gig Fête',
        '17T19 rehearsal',
        '17T19 gig Salle',
      ]);
    });

    it('shows upcoming events (one under way included) soonest first, and past ones latest first', async () => {
      expect((await request({ when: 'upcoming' })).slice(0, 2)).toEqual(['10T10 rehearsal', '12T19 gig Fête']);
      expect(await request({ when: 'past' })).toEqual(['09T19 gig Bar', '03T19 rehearsal']);
    });

    it('counts an event with no end as under way for three hours from its start', async () => {
      const afterBar = (hours: number) => new Date(day(9).getTime() + hours * 3_600_000);
      expect((await request({ when: 'upcoming', now: afterBar(2.5) }))[0]).toBe('09T19 gig Bar');
      expect((await request({ when: 'past', now: afterBar(3.5) }))[0]).toBe('09T19 gig Bar');
    });

    it('filters by type and by a range of starts, `to` excluded', async () => {
      expect(await request({ type: 'gig' })).toEqual(['09T19 gig Bar', '12T19 gig Fête', '17T19 gig Salle']);
      expect(await request({ from: day(9), to: day(12) })).toEqual(['09T19 gig Bar', '10T10 rehearsal']);
      expect(await request({ type: 'rehearsal', when: 'upcoming', to: day(17) })).toEqual(['10T10 rehearsal']);
    });

    it('starts a page after a position, in either order', async () => {
      const rows = await page({ limit: 2 });
      expect(rows).toHaveLength(2);
      const last = rows[1]!;
      expect(await request({ after: { startsAt: new Date(last.startsAt), id: last.id }, limit: 2 })).toEqual([
        '10T10 rehearsal',
        '12T19 gig Fête',
      ]);
      const [latest] = await page({ when: 'past', limit: 1 });
      expect(await request({ when: 'past', after: { startsAt: new Date(latest!.startsAt), id: latest!.id } })).toEqual([
        '03T19 rehearsal',
      ]);
    });

    it('carries each event’s fields and the viewer’s own answer only', async () => {
      const sam = await adapters.aPerson();
      const [gig] = await page({ type: 'gig', limit: 1 });
      await adapters.attendance.answer('gig', [gig!.id], sam, { status: 'no', comment: null }, T0);
      const read = async () => (await page({ from: day(9), to: day(10), limit: 5 }))[0];
      expect(await read()).toEqual({
        id: gig!.id,
        type: 'gig',
        title: 'Bar',
        startsAt: day(9).toISOString(),
        endsAt: null,
        location: null,
        status: 'planned',
        myAttendance: null,
      });
      await adapters.attendance.answer('gig', [gig!.id], lea, { status: 'maybe', comment: null }, T0);
      expect((await read())?.myAttendance).toBe('maybe');
      const [cancelled] = await page({ type: 'rehearsal', from: day(17), limit: 1 });
      expect(cancelled).toMatchObject({ status: 'cancelled', title: null, location: null });
    });
  });
}
