import { DateTime } from 'luxon';

/** When the original gives a day without a time (an older form), the event is put at this hour. */
const HOUR_WHEN_NONE = 20;

/**
 * The instant of a local time the original stored without a zone (`2026-06-21T21:00`, or a day
 * alone) on the band's wall clock; null when the text is no date. `timeAssumed` when there was no time.
 */
export function originalTime(text: string, timeZone: string): { instant: Date; timeAssumed: boolean } | null {
  const value = text.trim().replace(' ', 'T');
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const local = DateTime.fromISO(dayOnly ? `${value}T${HOUR_WHEN_NONE}:00` : value, { zone: timeZone, setZone: false });
  if (!local.isValid) return null;
  return { instant: local.toJSDate(), timeAssumed: dayOnly };
}
