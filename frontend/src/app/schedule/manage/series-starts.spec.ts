import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';

import { seriesStarts } from './series-starts';

const onParisClock = (starts: string[] | string) =>
  (starts as string[]).map((iso) => DateTime.fromISO(iso, { zone: 'Europe/Paris' }).toFormat('yyyy-MM-dd HH:mm'));

describe('series starts', () => {
  it('keeps a weekly rehearsal at 20:00 on the band clock across the daylight-saving change', () => {
    const starts = seriesStarts({ date: '2027-03-17', start: '20:00' }, 'week', '2027-04-07', 'Europe/Paris');
    expect(onParisClock(starts)).toEqual([
      '2027-03-17 20:00',
      '2027-03-24 20:00',
      '2027-03-31 20:00',
      '2027-04-07 20:00',
    ]);
    expect(starts.slice(1, 3)).toEqual(['2027-03-24T19:00:00.000Z', '2027-03-31T18:00:00.000Z']);
  });

  it('counts a fortnightly series, the last day included when a date falls on it', () => {
    const first = { date: '2027-01-06', start: '20:00' };
    expect(onParisClock(seriesStarts(first, 'fortnight', '2027-02-03', 'Europe/Paris'))).toEqual([
      '2027-01-06 20:00',
      '2027-01-20 20:00',
      '2027-02-03 20:00',
    ]);
    expect(seriesStarts(first, 'fortnight', '2027-02-02', 'Europe/Paris')).toHaveLength(2);
    expect(seriesStarts(first, 'fortnight', '2027-01-06', 'Europe/Paris')).toHaveLength(1);
  });

  it('reads the last day on the band clock, not in UTC', () => {
    // 23:30 in Auckland is still the day before in UTC: the date typed is the band's.
    const starts = seriesStarts({ date: '2027-01-06', start: '23:30' }, 'week', '2027-01-13', 'Pacific/Auckland');
    expect(starts).toEqual(['2027-01-06T10:30:00.000Z', '2027-01-13T10:30:00.000Z']);
  });

  it('spans at most one year and ends on or after the first date', () => {
    const first = { date: '2027-01-06', start: '20:00' };
    expect(seriesStarts(first, 'week', '2028-01-06', 'Europe/Paris')).toHaveLength(53);
    expect(seriesStarts(first, 'week', '2028-01-07', 'Europe/Paris')).toBe('overAYear');
    expect(seriesStarts(first, 'week', '2027-01-05', 'Europe/Paris')).toBe('untilBeforeFirst');
    expect(seriesStarts(first, 'week', '', 'Europe/Paris')).toBe('invalid');
    expect(seriesStarts({ date: '2027-02-30', start: '20:00' }, 'week', '2027-03-30', 'Europe/Paris')).toBe('invalid');
  });
});
