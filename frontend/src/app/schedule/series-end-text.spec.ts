import { describe, expect, it } from '@jest/globals';

import { seriesEndText } from './series-end-text';

describe('seriesEndText', () => {
  it('says how many dates are left and the last one, on the band’s clock', () => {
    // 23:30 UTC on December 28 is already the 29th in Paris.
    expect(seriesEndText('fr', 'Europe/Paris', { laterDates: 11, lastStartsAt: '2027-12-28T23:30:00.000Z' })).toBe(
      "Encore 11 dates après celle-ci, jusqu'au mercredi 29 décembre 2027",
    );
    expect(seriesEndText('fr', 'Europe/Paris', { laterDates: 1, lastStartsAt: '2026-11-04T19:00:00.000Z' })).toBe(
      'Encore une date après celle-ci, le mercredi 4 novembre 2026',
    );
    expect(seriesEndText('fr', 'Europe/Paris', { laterDates: 0, lastStartsAt: '2026-11-04T19:00:00.000Z' })).toBe(
      'La dernière date de sa série',
    );
  });
});
