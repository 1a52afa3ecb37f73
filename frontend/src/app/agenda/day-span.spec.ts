import { describe, expect, it } from '@jest/globals';

import { daySpan } from './day-span';

describe('daySpan', () => {
  it('covers whole days on the band’s clock, the last one included', () => {
    expect(daySpan('2027-03-27', '2027-03-28', 'Europe/Paris')).toEqual({
      from: '2027-03-26T23:00:00.000Z',
      to: '2027-03-28T22:00:00.000Z',
    });
  });

  it('leaves an open end open', () => {
    expect(daySpan(null, '2026-12-31', 'Europe/Paris')).toEqual({ from: null, to: '2026-12-31T23:00:00.000Z' });
    expect(daySpan('2026-12-01', null, 'UTC')).toEqual({ from: '2026-12-01T00:00:00.000Z', to: null });
    expect(daySpan(null, null, 'UTC')).toEqual({ from: null, to: null });
  });

  it('refuses a day that does not exist and a last day before the first', () => {
    expect(daySpan('2026-02-30', null, 'UTC')).toBeNull();
    expect(daySpan('2026-12-10', '2026-12-09', 'UTC')).toBeNull();
  });
});
