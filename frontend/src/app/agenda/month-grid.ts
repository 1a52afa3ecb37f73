import { DateTime, Info } from 'luxon';

import { EventSummary } from '../core/api/api-types';
import { DaySpan, daySpan } from './day-span';

/** One day cell of the month grid, on the band's clock. */
export interface MonthDay {
  /** yyyy-MM-dd */
  readonly date: string;
  readonly day: number;
  /** Whether it belongs to the month shown (the grid starts and ends on whole weeks). */
  readonly inMonth: boolean;
  readonly today: boolean;
  /** The events starting that day, in time order. */
  readonly items: readonly EventSummary[];
}

/** A month as a calendar: whole weeks from Monday to Sunday, each event on the day it starts. */
export interface MonthGrid {
  /** yyyy-MM */
  readonly month: string;
  /** « décembre 2026 » */
  readonly heading: string;
  readonly weekdays: readonly { readonly short: string; readonly long: string }[];
  readonly weeks: readonly (readonly MonthDay[])[];
}

/** The month shown at first: the one of `now` on the band's clock. */
export function monthOf(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toFormat('yyyy-MM');
}

/** The month `step` months after (or before, when negative) `month`. */
export function shiftMonth(month: string, step: number): string {
  return DateTime.fromFormat(month, 'yyyy-MM', { zone: 'UTC' }).plus({ months: step }).toFormat('yyyy-MM');
}

/** The instants the month spans on the band's clock: from its first midnight to the next month's. */
export function monthBounds(month: string, timeZone: string): DaySpan {
  const first = DateTime.fromFormat(month, 'yyyy-MM', { zone: 'UTC' });
  return daySpan(first.toISODate(), first.endOf('month').toISODate(), timeZone) ?? { from: null, to: null };
}

export function monthGrid(
  month: string,
  timeZone: string,
  items: readonly EventSummary[],
  now: Date,
  locale: string,
): MonthGrid {
  const first = DateTime.fromFormat(month, 'yyyy-MM', { zone: timeZone, locale });
  const today = DateTime.fromJSDate(now, { zone: timeZone }).toISODate();
  const byDay = new Map<string, EventSummary[]>();
  for (const item of [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = DateTime.fromISO(item.startsAt, { zone: timeZone }).toISODate() ?? '';
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  const weeks: MonthDay[][] = [];
  const last = first.endOf('month');
  // Luxon's weeks are ISO weeks: they start on Monday whatever the locale.
  for (let monday = first.startOf('week'); monday <= last; monday = monday.plus({ weeks: 1 })) {
    weeks.push(
      Array.from({ length: 7 }, (_, offset) => {
        const day = monday.plus({ days: offset });
        const date = day.toISODate() ?? '';
        return {
          date,
          day: day.day,
          inMonth: day.month === first.month,
          today: date === today,
          items: byDay.get(date) ?? [],
        };
      }),
    );
  }
  const short = Info.weekdays('short', { locale });
  const long = Info.weekdays('long', { locale });
  return {
    month,
    heading: first.toFormat('LLLL yyyy'),
    weekdays: short.map((name, index) => ({ short: name, long: long[index] ?? name })),
    weeks,
  };
}
