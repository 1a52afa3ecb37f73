/** A song's length: « 4:05 ». */
export function songLength(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What a set or the whole show lasts, to the minute, as the PWA writes it: « 42 min », « 1 h 05 ». */
export function setLength(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}

/** A day in full on the band's clock: « mercredi 27 janvier 2027 ». */
export function dayText(locale: string, timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
}

/**
 * When a gig takes place on the band's clock, as its page in the PWA says it: « samedi 21 juin 2027,
 * 20:00–23:00 »; an end on another day says its day.
 */
export function whenText(locale: string, timeZone: string, startsAt: Date, endsAt: Date | null): string {
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
  const start = `${dayText(locale, timeZone, startsAt)}, ${time.format(startsAt)}`;
  if (!endsAt) return start;
  const dateOf = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  if (dateOf.format(endsAt) === dateOf.format(startsAt)) return `${start}–${time.format(endsAt)}`;
  const endDay = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long' });
  return `${start} – ${endDay.format(endsAt)}, ${time.format(endsAt)}`;
}

/** The band's calendar date of an instant, for a file's name: « 2027-06-21 ». */
export function isoDay(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
