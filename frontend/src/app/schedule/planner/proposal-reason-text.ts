import { ProposalReasonResponse } from '../../core/api/api-types.generated';

/**
 * Why the planner proposes a song, in words: « Au programme de « Fête de la musique » (lundi 21
 * juin), pas encore maîtrisé », « Moyenne du groupe : 3,5/10 », « Pas répété depuis 5 semaines »,
 * « Jamais répété ». The gig's day is on the band's clock.
 */
export function proposalReasonText(reason: ProposalReasonResponse, locale: string, timeZone: string): string {
  switch (reason.code) {
    case 'in-next-gig-not-mastered': {
      const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long' });
      const gig = reason.gigTitle ?? '';
      const date = reason.gigStartsAt ? day.format(new Date(reason.gigStartsAt)) : '';
      return $localize`:@@planner.reason.nextGig:Au programme de « ${gig}:gig: » (${date}:date:), pas encore maîtrisé`;
    }
    case 'low-band-average': {
      const average = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(reason.average ?? 0);
      return $localize`:@@planner.reason.lowAverage:Parmi les moins bien notés : moyenne du groupe ${average}:average:/10`;
    }
    case 'not-rehearsed-for-long':
      return notRehearsedText(reason.days ?? 0);
    case 'never-rehearsed':
      return $localize`:@@planner.reason.never:Jamais travaillé en répétition`;
  }
}

/** In weeks from two weeks on, in days before. */
function notRehearsedText(days: number): string {
  const weeks = Math.floor(days / 7);
  if (weeks >= 2) return $localize`:@@planner.reason.weeks:Pas répété depuis ${weeks}:weeks: semaines`;
  if (days === 1) return $localize`:@@planner.reason.oneDay:Pas répété depuis 1 jour`;
  return $localize`:@@planner.reason.days:Pas répété depuis ${days}:days: jours`;
}
