import { describe, expect, it } from '@jest/globals';
import { local, shiftedOnWallClock, wallClockMinutes } from './wall-clock.js';

const PARIS = 'Europe/Paris';
const shown = (date: Date) => local(date, PARIS).toFormat('yyyy-MM-dd HH:mm ZZ');

describe('wall clock', () => {
  it('shows a gig across midnight on the band’s clock: 22:00 to 01:30 the next day', () => {
    const [start, end] = [new Date('2027-06-21T20:00:00Z'), new Date('2027-06-21T23:30:00Z')];
    expect([shown(start), shown(end)]).toEqual(['2027-06-21 22:00 +02:00', '2027-06-22 01:30 +02:00']);
    expect(wallClockMinutes(start, end, PARIS)).toBe(210);
  });

  it('counts the night the clocks go back as the wall clock reads it: 22:00 to 02:00 is four hours on it, five lived', () => {
    const [start, end] = [new Date('2026-10-24T20:00:00Z'), new Date('2026-10-25T01:00:00Z')];
    expect([shown(start), shown(end)]).toEqual(['2026-10-24 22:00 +02:00', '2026-10-25 02:00 +01:00']);
    expect(wallClockMinutes(start, end, PARIS)).toBe(240);
    expect(shown(shiftedOnWallClock(start, 240, PARIS))).toBe('2026-10-25 02:00 +01:00');
  });

  it('moves a time that would fall in the spring gap forward, never to a time that does not exist', () => {
    // 2027-03-28: 02:00 jumps to 03:00 in Paris.
    const saturday = new Date('2027-03-27T01:30:00Z'); // 02:30 +01:00
    expect(shown(shiftedOnWallClock(saturday, 24 * 60, PARIS))).toBe('2027-03-28 03:30 +02:00');
  });
});
