import { DateTime } from 'luxon';

/**
 * Arithmetic on the clock on the wall of a time zone, by Luxon: a rehearsal at 20:00 stays at 20:00
 * across a daylight-saving change, and a local time that does not exist (the spring gap) moves forward.
 */
export function local(instant: Date, timeZone: string): DateTime {
  return DateTime.fromJSDate(instant, { zone: timeZone });
}

/** The wall-clock distance from `from` to `to`, in minutes, in the time zone (a day is 1,440). */
export function wallClockMinutes(from: Date, to: Date, timeZone: string): number {
  return naive(local(to, timeZone)).diff(naive(local(from, timeZone)), 'minutes').minutes;
}

/** `instant` moved by `minutes` on the wall clock of the time zone. */
export function shiftedOnWallClock(instant: Date, minutes: number, timeZone: string): Date {
  return naive(local(instant, timeZone)).plus({ minutes }).setZone(timeZone, { keepLocalTime: true }).toJSDate();
}

/** The same wall-clock reading, as if in UTC: calendar arithmetic with no offset to change. */
function naive(time: DateTime): DateTime {
  return time.setZone('UTC', { keepLocalTime: true });
}
