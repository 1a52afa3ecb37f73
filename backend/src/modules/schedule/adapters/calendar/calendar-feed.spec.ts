import { describe, expect, it } from '@jest/globals';
import type { MemberEventView } from '../../application/ports/member-event.reader.js';
import { calendarFeedOf } from './calendar-feed.js';

const origin = 'https://band.example.org';
const now = new Date('2026-12-02T06:00:00Z');

function anEvent(overrides: Partial<MemberEventView>): MemberEventView {
  return {
    id: '019ad1f0-0000-7000-8000-000000000001',
    type: 'rehearsal',
    bandId: 'band-1',
    title: null,
    startsAt: new Date('2026-12-04T19:00:00Z'),
    endsAt: null,
    location: null,
    address: null,
    status: 'planned',
    notes: null,
    myAnswer: null,
    ...overrides,
  };
}

describe('calendarFeedOf', () => {
  it('names each event after its band and links it to its page in the PWA', () => {
    const feed = calendarFeedOf(
      {
        locale: 'en',
        bands: [
          { id: 'band-1', name: 'Les Rockeurs' },
          { id: 'band-2', name: 'Jazz Trio' },
        ],
        events: [anEvent({}), anEvent({ id: 'gig-1', type: 'gig', bandId: 'band-2', title: 'Bal' })],
        now,
      },
      origin,
    );

    expect(feed).toMatchObject({ locale: 'en', bandNames: ['Les Rockeurs', 'Jazz Trio'], publicOrigin: origin, now });
    expect(feed.events.map(({ bandName, url }) => ({ bandName, url }))).toEqual([
      { bandName: 'Les Rockeurs', url: `${origin}/rehearsals/019ad1f0-0000-7000-8000-000000000001` },
      { bandName: 'Jazz Trio', url: `${origin}/gigs/gig-1` },
    ]);
  });

  it('says a planned rehearsal is on, while a planned gig is not confirmed yet and a cancelled date stays cancelled', () => {
    const feed = calendarFeedOf(
      {
        locale: 'fr',
        bands: [],
        events: [
          anEvent({ status: 'planned' }),
          anEvent({ status: 'cancelled' }),
          anEvent({ type: 'gig', status: 'planned' }),
          anEvent({ type: 'gig', status: 'cancelled' }),
        ],
        now,
      },
      origin,
    );

    expect(feed.events.map((event) => event.status)).toEqual(['confirmed', 'cancelled', 'planned', 'cancelled']);
  });
});
