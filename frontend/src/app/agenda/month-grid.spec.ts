import { describe, expect, it } from '@jest/globals';

import { EventSummary } from '../core/api/api-types';
import { monthBounds, monthGrid, monthOf, shiftMonth } from './month-grid';

const PARIS = 'Europe/Paris';

function item(id: string, startsAt: string, endsAt: string | null = null): EventSummary {
  return { id, type: 'gig', title: id, startsAt, endsAt, location: null, status: 'planned', myAttendance: null };
}

const dayOf = (grid: ReturnType<typeof monthGrid>, date: string) => grid.weeks.flat().find((day) => day.date === date);

describe('monthGrid', () => {
  it('lays a month that starts on a Sunday in whole weeks from Monday', () => {
    const grid = monthGrid('2026-11', PARIS, [], new Date('2026-11-10T12:00:00Z'), 'fr');

    expect(grid.weeks.map((week) => week[0]?.date)).toEqual([
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
    expect(dayOf(grid, '2026-11-01')).toMatchObject({ day: 1, inMonth: true });
    expect(dayOf(grid, '2026-10-31')?.inMonth).toBe(false);
    expect(grid.weekdays.map((day) => day.short)[0]).toBe('lun.');
    expect(grid.heading).toBe('novembre 2026');
  });

  it('marks today on the band’s clock', () => {
    // 23:30 UTC on the 9th is already the 10th in Paris.
    const grid = monthGrid('2026-11', PARIS, [], new Date('2026-11-09T23:30:00Z'), 'fr');

    expect(
      grid.weeks
        .flat()
        .filter((day) => day.today)
        .map((day) => day.date),
    ).toEqual(['2026-11-10']);
  });

  it('places each event on the day it starts on the band’s clock, across DST and midnight', () => {
    const items = [
      item('after-dst', '2027-03-28T18:00:00Z'), // 20:00 in Paris, the day the clocks go forward
      item('before-dst', '2027-03-21T19:00:00Z'), // 20:00 in Paris, the week before
      item('late', '2027-03-30T22:30:00Z', '2027-03-31T01:00:00Z'), // 00:30 on the 31st in Paris
      item('overnight', '2027-03-12T21:00:00Z', '2027-03-12T23:30:00Z'), // 22:00 → 00:30
      item('early', '2027-03-12T18:00:00Z'),
    ];

    const grid = monthGrid('2027-03', PARIS, items, new Date('2027-03-01T10:00:00Z'), 'fr');

    expect(dayOf(grid, '2027-03-28')?.items.map((event) => event.id)).toEqual(['after-dst']);
    expect(dayOf(grid, '2027-03-21')?.items.map((event) => event.id)).toEqual(['before-dst']);
    expect(dayOf(grid, '2027-03-31')?.items.map((event) => event.id)).toEqual(['late']);
    expect(dayOf(grid, '2027-03-30')?.items).toEqual([]);
    expect(dayOf(grid, '2027-03-12')?.items.map((event) => event.id)).toEqual(['early', 'overnight']);
    expect(dayOf(grid, '2027-03-13')?.items).toEqual([]);
  });
});

describe('monthBounds', () => {
  it('spans the month from midnight to midnight on the band’s clock, whatever the offset', () => {
    expect(monthBounds('2027-03', PARIS)).toEqual({ from: '2027-02-28T23:00:00.000Z', to: '2027-03-31T22:00:00.000Z' });
    expect(monthBounds('2026-12', 'America/New_York')).toEqual({
      from: '2026-12-01T05:00:00.000Z',
      to: '2027-01-01T05:00:00.000Z',
    });
  });
});

describe('monthOf and shiftMonth', () => {
  it('tell the month of an instant on the band’s clock and step over years', () => {
    expect(monthOf(new Date('2026-11-30T23:30:00Z'), PARIS)).toBe('2026-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
  });
});
