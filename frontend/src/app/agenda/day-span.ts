import { DateTime } from 'luxon';

/** The instants a span of whole days covers on the band's clock: [first day's midnight, the midnight after the last). */
export interface DaySpan {
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * `yyyy-MM-dd` days (either may be left out) as the instants the agenda reads between; null when a
 * day is not a real date or the last day comes before the first.
 */
export function daySpan(firstDay: string | null, lastDay: string | null, timeZone: string): DaySpan | null {
  const first = firstDay ? DateTime.fromISO(firstDay, { zone: timeZone }) : null;
  const last = lastDay ? DateTime.fromISO(lastDay, { zone: timeZone }) : null;
  if (first?.isValid === false || last?.isValid === false) return null;
  if (first && last && last < first) return null;
  return { from: first ? instant(first) : null, to: last ? instant(last.plus({ days: 1 })) : null };
}

function instant(midnight: DateTime): string {
  return midnight.toUTC().toISO() ?? '';
}
