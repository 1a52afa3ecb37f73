import type { Locale } from '../../../identity/public-api.js';
import type { CalendarAnswer } from './calendar-feed.js';

/** The words of a calendar feed, in each language of the app (French typography: U+202F before a colon). */
export interface CalendarWords {
  calendarName: string;
  rehearsal: string;
  cancelled: string;
  notConfirmed: string;
  myAnswer: Record<CalendarAnswer | 'none', string>;
  openInApp: string;
}

export const CALENDAR_WORDS: Record<Locale, CalendarWords> = {
  fr: {
    calendarName: 'BandTrack — répétitions et concerts',
    rehearsal: 'Répétition',
    cancelled: 'Annulé',
    notConfirmed: 'Concert pas encore confirmé',
    myAnswer: {
      yes: 'Ma réponse\u202f: oui',
      maybe: 'Ma réponse\u202f: peut-être',
      no: 'Ma réponse\u202f: non',
      none: 'Ma réponse\u202f: pas encore donnée',
    },
    openInApp: 'Dans BandTrack\u202f:',
  },
  en: {
    calendarName: 'BandTrack — rehearsals and gigs',
    rehearsal: 'Rehearsal',
    cancelled: 'Cancelled',
    notConfirmed: 'Gig not confirmed yet',
    myAnswer: {
      yes: 'My answer: yes',
      maybe: 'My answer: maybe',
      no: 'My answer: no',
      none: 'My answer: not given yet',
    },
    openInApp: 'In BandTrack:',
  },
};
