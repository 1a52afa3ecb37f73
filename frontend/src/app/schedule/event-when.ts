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
