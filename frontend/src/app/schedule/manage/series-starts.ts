import { DateTime } from 'luxon';

import { RepeatEvery } from '../../core/api/api-types';
import { EventTimeFields } from './event-time-fields';

const DAYS: Record<RepeatEvery, number> = { week: 7, fortnight: 14 };

/** Why a series cannot be planned as typed (the server refuses the same). */
export type SeriesProblem = 'invalid' | 'untilBeforeFirst' | 'overAYear';

/**
 * The starts (ISO instants) of a series on the band's clock, as the server plans it: the first date,
 * then every week or fortnight at the same wall-clock time (across a daylight-saving change), up to
 * `until` (yyyy-MM-dd) included; at most one year after the first date.
 */
export function seriesStarts(
  first: Pick<EventTimeFields, 'date' | 'start'>,
  every: RepeatEvery,
  until: string,
  timeZone: string,
): string[] | SeriesProblem {
  const start = DateTime.fromISO(`${first.date}T${first.start}`, { zone: timeZone });
  const lastDay = DateTime.fromISO(until, { zone: timeZone });
  if (!start.isValid || !lastDay.isValid || !/^\d{4}-\d\d-\d\d$/.test(until)) return 'invalid';
  if (lastDay < start.startOf('day')) return 'untilBeforeFirst';
  if (lastDay > start.startOf('day').plus({ years: 1 })) return 'overAYear';
  const starts: string[] = [];
  for (let next = start; next.startOf('day') <= lastDay; next = next.plus({ days: DAYS[every] })) {
    starts.push(next.toUTC().toISO()!);
  }
  return starts;
}
