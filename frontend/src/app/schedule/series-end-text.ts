import { Rehearsal } from '../core/api/api-types';
import { fullDay } from './event-when';

/**
 * What is left of a rehearsal's series, on the band's clock: « Encore 11 dates après celle-ci,
 * jusqu'au mercredi 29 décembre 2027 », or that this date is its last.
 */
export function seriesEndText(
  locale: string,
  timeZone: string,
  { laterDates, lastStartsAt }: NonNullable<Rehearsal['seriesEnd']>,
): string {
  const day = fullDay(locale, timeZone).format(new Date(lastStartsAt));
  if (laterDates === 0) return $localize`:@@rehearsal.seriesLast:La dernière date de sa série`;
  if (laterDates === 1) return $localize`:@@rehearsal.seriesOneMore:Encore une date après celle-ci, le ${day}:day:`;
  return $localize`:@@rehearsal.seriesMore:Encore ${laterDates}:count: dates après celle-ci, jusqu'au ${day}:day:`;
}
