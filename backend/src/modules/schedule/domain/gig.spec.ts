import { describe, expect, it } from '@jest/globals';
import { aGig } from '../testing/schedule.mother.js';
import { EndBeforeStartError, InvalidScheduleFieldError } from './schedule.errors.js';

const BAND = '0190c0de-0000-7000-8000-00000000b001';

describe('Gig', () => {
  it('is planned in euros, its texts trimmed and empty ones cleared', () => {
    expect(
      aGig(BAND, { title: '  Fête  de la musique ', location: ' ', notes: ' Balances\r\n ' }).snapshot(),
    ).toMatchObject({
      title: 'Fête de la musique',
      location: null,
      notes: 'Balances',
      currency: 'EUR',
      status: 'planned',
    });
  });

  it('refuses an end before or at the start, on a change too', () => {
    const startsAt = new Date('2027-06-21T18:00:00Z');
    expect(() => aGig(BAND, { startsAt, endsAt: startsAt })).toThrow(EndBeforeStartError);
    const gig = aGig(BAND, { startsAt, endsAt: new Date('2027-06-21T22:00:00Z') });
    expect(() => gig.change({ startsAt: new Date('2027-06-21T23:00:00Z') }, 'manager')).toThrow(EndBeforeStartError);
    expect(gig.snapshot().startsAt).toEqual(startsAt);
  });

  it.each([
    [{ feeCents: -1 }, 'feeCents'],
    [{ feeCents: 1.5 }, 'feeCents'],
    [{ currency: 'XYZ' }, 'currency'],
    [{ status: 'maybe' as never }, 'status'],
    [{ title: ' ' }, 'title'],
    [{ location: 'a\nb' }, 'location'],
  ])('refuses %j', (changes, field) => {
    expect(() => aGig(BAND, changes)).toThrow(InvalidScheduleFieldError);
    expect(() => aGig(BAND, changes)).toThrow(expect.objectContaining({ field }));
  });

  it('goes back to euros when the currency is cleared', () => {
    const gig = aGig(BAND, { currency: 'CHF' });
    gig.change({ currency: null }, 'manager');
    expect(gig.snapshot().currency).toBe('EUR');
  });
});
