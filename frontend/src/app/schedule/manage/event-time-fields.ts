import { DateTime } from 'luxon';

/** A date (yyyy-MM-dd) and start/end times (HH:mm) typed on the band's clock. */
export interface EventTimeFields {
  readonly date: string;
  readonly start: string;
  /** Empty: no end time. */
  readonly end: string;
}

/**
 * The ISO instants of the fields, read in the band's time zone. An end earlier than the start (or
 * equal) means the next day. Null when the date or a time is not valid.
 */
export function toInstants(
  fields: EventTimeFields,
  timeZone: string,
): { startsAt: string; endsAt: string | null } | null {
  const startsAt = DateTime.fromISO(`${fields.date}T${fields.start}`, { zone: timeZone });
  if (!startsAt.isValid) return null;
  if (!fields.end) return { startsAt: startsAt.toUTC().toISO()!, endsAt: null };
  let endsAt = DateTime.fromISO(`${fields.date}T${fields.end}`, { zone: timeZone });
  if (!endsAt.isValid) return null;
  if (endsAt <= startsAt) endsAt = endsAt.plus({ days: 1 });
  return { startsAt: startsAt.toUTC().toISO()!, endsAt: endsAt.toUTC().toISO()! };
}

/** Whether the end time, as typed, falls on the next day. */
export const endsNextDay = (fields: EventTimeFields) => fields.end !== '' && fields.end <= fields.start;

/** The fields of stored instants, on the band's clock. */
export function toFields(startsAt: string, endsAt: string | null, timeZone: string): EventTimeFields {
  const start = DateTime.fromISO(startsAt, { zone: timeZone });
  const end = endsAt ? DateTime.fromISO(endsAt, { zone: timeZone }).toFormat('HH:mm') : '';
  return { date: start.toFormat('yyyy-MM-dd'), start: start.toFormat('HH:mm'), end };
}

/** A fee typed in the currency ("150", "150,50") as integer cents; null when empty, NaN when invalid. */
export function parseFee(text: string): number | null {
  const value = text.trim().replace(',', '.');
  if (!value) return null;
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return Number.NaN;
  const [units, cents = ''] = value.split('.');
  return Number(units) * 100 + Number(cents.padEnd(2, '0'));
}

/** Cents as typed back in a fee field, with the locale's decimal mark: 15050 → "150,50", 15000 → "150". */
export function formatFee(cents: number, locale: string): string {
  const mark = new Intl.NumberFormat(locale).formatToParts(0.5).find((part) => part.type === 'decimal')?.value;
  const units = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest ? `${units}${mark ?? '.'}${String(rest).padStart(2, '0')}` : String(units);
}
