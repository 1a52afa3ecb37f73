/**
 * When a rehearsal or a gig takes place, on the band's clock (its IANA time zone), in the UI's
 * language: « jeudi 3 décembre, 20:00–23:00 ». An end on another day (a gig past midnight) keeps its
 * own hour.
 */
export function eventWhen(locale: string, timeZone: string, startsAt: string, endsAt: string | null): string {
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long' });
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
  const start = new Date(startsAt);
  const text = `${day.format(start)}, ${time.format(start)}`;
  return endsAt ? `${text}–${time.format(new Date(endsAt))}` : text;
}

/**
 * The same in full, for an event's own page: the year too, and an end on another day of the band's
 * clock (a gig past midnight) says its day: « samedi 21 juin 2027, 20:00 – dimanche 22 juin, 01:30 ».
 */
export function eventWhenInFull(locale: string, timeZone: string, startsAt: string, endsAt: string | null): string {
  const day = fullDay(locale, timeZone);
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
  const start = new Date(startsAt);
  const text = `${day.format(start)}, ${time.format(start)}`;
  if (!endsAt) return text;
  const end = new Date(endsAt);
  const dateOf = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  if (dateOf.format(end) === dateOf.format(start)) return `${text}–${time.format(end)}`;
  const endDay = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long' });
  return `${text} – ${endDay.format(end)}, ${time.format(end)}`;
}

/** A day in full on the band's clock: « mercredi 27 janvier 2027 ». */
export function fullDay(locale: string, timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}
