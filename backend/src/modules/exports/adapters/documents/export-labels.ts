import type { Language } from '../../../bands/public-api.js';

/** The words of an export, in each language a band may choose (French typography: U+00A0 before a colon). */
export interface ExportLabels {
  /** For Intl: dates and the PDF's /Lang. */
  locale: string;
  repertoire: string;
  columns: {
    number: string;
    set: string;
    title: string;
    artist: string;
    key: string;
    tempo: string;
    duration: string;
    status: string;
  };
  mastered: string;
  learning: string;
  setNumber: (number: number) => string;
  break: string;
  totalDuration: string;
  colon: string;
  songCount: (count: number) => string;
  untimedSongs: (count: number) => string;
  /** The day the repertoire was taken: « au 2 décembre 2026 ». */
  asOf: (day: string) => string;
  noSongs: string;
  noSetlist: string;
  /** The stage layout in a file's name. */
  stage: string;
}

export const EXPORT_LABELS: Record<Language, ExportLabels> = {
  fr: {
    locale: 'fr-FR',
    repertoire: 'Répertoire',
    columns: {
      number: 'N°',
      set: 'Set',
      title: 'Titre',
      artist: 'Artiste',
      key: 'Tonalité',
      tempo: 'Tempo (BPM)',
      duration: 'Durée',
      status: 'Statut',
    },
    mastered: 'Maîtrisé',
    learning: 'En apprentissage',
    setNumber: (number) => `Set ${number}`,
    break: 'Pause',
    totalDuration: 'Durée totale',
    colon: '\u00a0:',
    songCount: (count) => (count === 1 ? '1 morceau' : `${count} morceaux`),
    untimedSongs: (count) => (count === 1 ? '1 morceau sans durée' : `${count} morceaux sans durée`),
    asOf: (day) => `au ${day}`,
    noSongs: 'Le répertoire n’a pas encore de morceau.',
    noSetlist: 'Ce concert n’a pas encore de setlist.',
    stage: 'scène',
  },
  en: {
    locale: 'en',
    repertoire: 'Repertoire',
    columns: {
      number: 'No.',
      set: 'Set',
      title: 'Title',
      artist: 'Artist',
      key: 'Key',
      tempo: 'Tempo (BPM)',
      duration: 'Duration',
      status: 'Status',
    },
    mastered: 'Mastered',
    learning: 'Learning',
    setNumber: (number) => `Set ${number}`,
    break: 'Break',
    totalDuration: 'Total duration',
    colon: ':',
    songCount: (count) => (count === 1 ? '1 song' : `${count} songs`),
    untimedSongs: (count) => (count === 1 ? '1 song without a duration' : `${count} songs without a duration`),
    asOf: (day) => `as of ${day}`,
    noSongs: 'The repertoire has no song yet.',
    noSetlist: 'This gig has no setlist yet.',
    stage: 'stage',
  },
};
