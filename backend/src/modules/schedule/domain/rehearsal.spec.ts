import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { aRehearsal } from '../testing/schedule.mother.js';
import { Rehearsal } from './rehearsal.js';
import { EndBeforeStartError, InvalidScheduleFieldError } from './schedule.errors.js';

const PARIS = 'Europe/Paris';
const BAND = '0190c0de-0000-7000-8000-00000000b001';
const SERIES = '0190c0de-0000-7000-8000-00000000c001';
const at = (local: string) => DateTime.fromISO(local, { zone: PARIS }).toJSDate();
const shown = (date: Date | null) => date && DateTime.fromJSDate(date, { zone: PARIS }).toFormat('MM-dd HH:mm');

/** Weekly at 20:00–22:30 in Paris, from before the October change to after it. */
const series = () =>
  ['2026-10-14', '2026-10-21', '2026-10-28', '2026-11-04'].map((day) =>
    aRehearsal(BAND, { seriesId: SERIES, startsAt: at(`${day}T20:00`), endsAt: at(`${day}T22:30`) }),
  );
const times = (dates: Rehearsal[]) =>
  dates.map((date) => `${shown(date.snapshot().startsAt)}–${shown(date.snapshot().endsAt)}`);

describe('Rehearsal.changeAll', () => {
  it('moves the following dates by the same shift on the wall clock, across the daylight-saving change', () => {
    const dates = series().slice(1);
    Rehearsal.changeAll(dates, { startsAt: at('2026-10-22T21:00') }, PARIS, 'manager');
    expect(times(dates)).toEqual(['10-22 21:00–10-22 23:30', '10-29 21:00–10-29 23:30', '11-05 21:00–11-05 23:30']);
  });

  it('gives every date the first one’s new length when an end is given, and other fields as they are', () => {
    const dates = series();
    Rehearsal.changeAll(dates, { endsAt: at('2026-10-15T00:30'), location: 'Studio Bleu' }, PARIS, 'manager');
    expect(times(dates)).toEqual([
      '10-14 20:00–10-15 00:30',
      '10-21 20:00–10-22 00:30',
      '10-28 20:00–10-29 00:30',
      '11-04 20:00–11-05 00:30',
    ]);
    expect(dates.map((date) => date.snapshot().location)).toEqual(Array(4).fill('Studio Bleu'));
    Rehearsal.changeAll(dates, { endsAt: null, status: 'cancelled' }, PARIS, 'manager');
    expect(dates.map((date) => [date.snapshot().endsAt, date.status])).toEqual(Array(4).fill([null, 'cancelled']));
  });

  it('refuses an end before the start, and the same song twice is kept once', () => {
    expect(() => aRehearsal(BAND, { startsAt: at('2026-10-14T20:00'), endsAt: at('2026-10-14T19:00') })).toThrow(
      EndBeforeStartError,
    );
    const song = '0190c0de-0000-7000-8000-00000000d001';
    expect(aRehearsal(BAND, { songIds: [song, song] }).snapshot().songIds).toEqual([song]);
    expect(() => aRehearsal(BAND, { notes: 'a\u0000b' })).toThrow(InvalidScheduleFieldError);
  });
});
