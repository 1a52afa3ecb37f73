import { describe, expect, it } from '@jest/globals';
import { originalTime } from './original-time.js';

describe('originalTime', () => {
  it('reads a local time without a zone on the band’s wall clock, summer and winter', () => {
    expect(originalTime('2026-06-21T21:00', 'Europe/Paris')).toEqual({
      instant: new Date('2026-06-21T19:00:00Z'),
      timeAssumed: false,
    });
    expect(originalTime('2026-01-10T20:00', 'Europe/Paris')!.instant).toEqual(new Date('2026-01-10T19:00:00Z'));
    expect(originalTime('2026-01-10 20:00', 'America/Montreal')!.instant).toEqual(new Date('2026-01-11T01:00:00Z'));
  });

  it('puts a day without a time at 20:00, and says it assumed it', () => {
    expect(originalTime('2026-06-21', 'Europe/Paris')).toEqual({
      instant: new Date('2026-06-21T18:00:00Z'),
      timeAssumed: true,
    });
  });

  it('answers null for what is no date', () => {
    expect(originalTime('bientôt', 'Europe/Paris')).toBeNull();
    expect(originalTime('2026-02-30T20:00', 'Europe/Paris')).toBeNull();
  });
});
