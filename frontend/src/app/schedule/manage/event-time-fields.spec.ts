import { describe, expect, it } from '@jest/globals';

import { endsNextDay, formatFee, parseFee, toFields, toInstants } from './event-time-fields';

describe('event time fields', () => {
  it('reads the times on the band clock, across the DST change', () => {
    expect(toInstants({ date: '2026-03-28', start: '20:00', end: '' }, 'Europe/Paris')).toEqual({
      startsAt: '2026-03-28T19:00:00.000Z',
      endsAt: null,
    });
    expect(toInstants({ date: '2026-03-29', start: '20:00', end: '22:00' }, 'Europe/Paris')).toEqual({
      startsAt: '2026-03-29T18:00:00.000Z',
      endsAt: '2026-03-29T20:00:00.000Z',
    });
  });

  it('puts an end earlier than the start on the next day', () => {
    const fields = { date: '2026-06-12', start: '22:00', end: '01:30' };
    expect(endsNextDay(fields)).toBe(true);
    expect(toInstants(fields, 'Europe/Paris')?.endsAt).toBe('2026-06-12T23:30:00.000Z');
    expect(toFields('2026-06-12T20:00:00.000Z', '2026-06-12T23:30:00.000Z', 'Europe/Paris')).toEqual(fields);
  });

  it('refuses an invalid date', () => {
    expect(toInstants({ date: '2026-02-30', start: '20:00', end: '' }, 'Europe/Paris')).toBeNull();
  });

  it('parses a fee into cents and refuses fractions of a cent and negatives', () => {
    expect(parseFee('')).toBeNull();
    expect(parseFee('150')).toBe(15000);
    expect(parseFee('150,5')).toBe(15050);
    expect(parseFee('0.05')).toBe(5);
    expect(parseFee('1.555')).toBeNaN();
    expect(parseFee('-3')).toBeNaN();
  });

  it('writes cents back as the fee field reads them, with the locale’s decimal mark', () => {
    expect(formatFee(15050, 'fr')).toBe('150,50');
    expect(formatFee(15005, 'en')).toBe('150.05');
    expect(formatFee(15000, 'fr')).toBe('150');
    for (const cents of [0, 5, 15050, 99999]) expect(parseFee(formatFee(cents, 'fr'))).toBe(cents);
  });
});
