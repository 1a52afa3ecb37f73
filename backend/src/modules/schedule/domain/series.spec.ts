import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { InvalidScheduleFieldError } from './schedule.errors.js';
import { seriesStarts } from './series.js';

const PARIS = 'Europe/Paris';
const wallClock = (dates: Date[]) =>
  dates.map((date) => DateTime.fromJSDate(date, { zone: PARIS }).toFormat('yyyy-MM-dd HH:mm ZZ'));

describe('seriesStarts', () => {
  it('keeps 20:00 in Paris across the last Sunday of October (summer time ends on 2026-10-25)', () => {
    const first = new Date('2026-10-14T18:00:00Z'); // 20:00 +02:00
    const starts = seriesStarts(first, { every: 'week', until: '2026-11-04' }, PARIS);
    expect(wallClock(starts)).toEqual([
      '2026-10-14 20:00 +02:00',
      '2026-10-21 20:00 +02:00',
      '2026-10-28 20:00 +01:00',
      '2026-11-04 20:00 +01:00',
    ]);
    expect(starts[2]!.toISOString()).toBe('2026-10-28T19:00:00.000Z');
  });

  it('keeps 20:00 in Paris across the last Sunday of March (summer time starts on 2027-03-28), every fortnight', () => {
    const first = new Date('2027-03-10T19:00:00Z'); // 20:00 +01:00
    const starts = seriesStarts(first, { every: 'fortnight', until: '2027-04-07' }, PARIS);
    expect(wallClock(starts)).toEqual([
      '2027-03-10 20:00 +01:00',
      '2027-03-24 20:00 +01:00',
      '2027-04-07 20:00 +02:00',
    ]);
  });

  it('counts `until` as a day of the band’s time zone, included', () => {
    // 00:30 in Paris on Thursdays is still Wednesday in UTC.
    const first = new Date('2026-12-02T23:30:00Z');
    const starts = seriesStarts(first, { every: 'week', until: '2026-12-10' }, PARIS);
    expect(wallClock(starts)).toEqual(['2026-12-03 00:30 +01:00', '2026-12-10 00:30 +01:00']);
    expect(seriesStarts(first, { every: 'week', until: '2026-12-03' }, PARIS)).toHaveLength(1);
  });

  it('spans a year at most: 53 weekly dates, not one day more', () => {
    const first = new Date('2026-12-02T19:00:00Z');
    expect(seriesStarts(first, { every: 'week', until: '2027-12-02' }, PARIS)).toHaveLength(53);
    expect(() => seriesStarts(first, { every: 'week', until: '2027-12-03' }, PARIS)).toThrow(InvalidScheduleFieldError);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-5', 'tomorrow', '2026-11-30'])('refuses until %s', (until) => {
    const first = new Date('2026-12-02T19:00:00Z');
    expect(() => seriesStarts(first, { every: 'week', until }, PARIS)).toThrow(
      expect.objectContaining({ field: 'repeat.until' }),
    );
  });
});
