import { describe, expect, it } from '@jest/globals';
import { parseDailyTime, periodStart } from './job-period.js';

describe('periodStart', () => {
  it('cuts time into slices of the interval counted from the epoch', () => {
    const everyHour = { everyMs: 3_600_000 };
    expect(periodStart(everyHour, new Date('2026-12-02T16:59:59.999Z'))).toEqual(new Date('2026-12-02T16:00:00Z'));
    expect(periodStart(everyHour, new Date('2026-12-02T17:00:00Z'))).toEqual(new Date('2026-12-02T17:00:00Z'));
  });

  it('starts a daily period at the time of day on the server clock, today once it is past, else yesterday', () => {
    const at3 = { dailyAt: '03:00' };
    expect(periodStart(at3, new Date(2026, 11, 2, 3, 0))).toEqual(new Date(2026, 11, 2, 3, 0));
    expect(periodStart(at3, new Date(2026, 11, 2, 23, 59))).toEqual(new Date(2026, 11, 2, 3, 0));
    expect(periodStart(at3, new Date(2026, 11, 2, 2, 59))).toEqual(new Date(2026, 11, 1, 3, 0));
    expect(periodStart(at3, new Date(2027, 0, 1, 1, 0))).toEqual(new Date(2026, 11, 31, 3, 0));
  });

  it('refuses a schedule that names no period', () => {
    expect(() => periodStart({ everyMs: 0 }, new Date())).toThrow(/positive/);
    expect(() => periodStart({ dailyAt: '3:00' }, new Date())).toThrow(/HH:MM/);
    expect(() => periodStart({ dailyAt: '24:00' }, new Date())).toThrow(/HH:MM/);
  });
});

describe('parseDailyTime', () => {
  it('reads HH:MM from 00:00 to 23:59 only', () => {
    expect(parseDailyTime('00:00')).toEqual({ hours: 0, minutes: 0 });
    expect(parseDailyTime('23:59')).toEqual({ hours: 23, minutes: 59 });
    for (const bad of ['', '7:00', '07:60', '07h00', ' 07:00', '07:00:00']) expect(parseDailyTime(bad)).toBeUndefined();
  });
});
