import { DateTime } from 'luxon';
import { InvalidScheduleFieldError } from './schedule.errors.js';
import { local, shiftedOnWallClock } from './wall-clock.js';

export const REPEAT_EVERY = ['week', 'fortnight'] as const;
export type RepeatEvery = (typeof REPEAT_EVERY)[number];

export interface Repeat {
  every: RepeatEvery;
  /** A calendar date (YYYY-MM-DD) in the band's time zone, the last day a date may fall on. */
  until: string;
}

const DAYS: Record<RepeatEvery, number> = { week: 7, fortnight: 14 };

/**
 * The starts of a series: the first one, then every week or fortnight at the same wall-clock time in
 * the band's time zone, up to `until` included. A series spans at most one year.
 */
export function seriesStarts(first: Date, repeat: Repeat, timeZone: string): Date[] {
  const start = local(first, timeZone);
  const until = DateTime.fromISO(repeat.until, { zone: timeZone });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(repeat.until) || !until.isValid) {
    throw new InvalidScheduleFieldError('repeat.until is a date such as 2027-06-30.', 'repeat.until');
  }
  const lastDay = until.startOf('day');
  if (lastDay < start.startOf('day')) {
    throw new InvalidScheduleFieldError('repeat.until is on or after the first date.', 'repeat.until');
  }
  if (lastDay > start.startOf('day').plus({ years: 1 })) {
    throw new InvalidScheduleFieldError('A series spans at most one year.', 'repeat.until');
  }
  const starts: Date[] = [];
  for (let step = 0; ; step++) {
    const next = shiftedOnWallClock(first, step * DAYS[repeat.every] * 24 * 60, timeZone);
    if (local(next, timeZone).startOf('day') > lastDay) return starts;
    starts.push(next);
  }
}
