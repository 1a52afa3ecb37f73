import type { ExportedSong } from '../../application/ports/repertoire-songs.js';
import type { RepertoireExport } from '../../application/queries/export-repertoire/export-repertoire.query.js';
import type { SetlistExport } from '../../application/queries/export-setlist/export-setlist.query.js';
import { EXPORT_LABELS, type ExportLabels } from './export-labels.js';
import { dayText, isoDay, whenText } from './export-texts.js';

export interface SheetSong extends ExportedSong {
  /** 1 for the first, counting on across the sets. */
  number: number;
  /** The repertoire's songs say whether they are mastered; a setlist's do not. */
  mastered: boolean | null;
}

/** What a list of songs lasts: the songs with no duration are counted apart. */
export interface Timing {
  totalSeconds: number;
  untimedSongs: number;
}

export interface SheetSet extends Timing {
  /** « Set 2 » or the label of the break that opens it; null for the repertoire's one list. */
  title: string | null;
  songs: SheetSong[];
}

/** One export, whatever its format: its words, its heading and its songs set by set. */
export interface Sheet extends Timing {
  kind: 'repertoire' | 'setlist';
  labels: ExportLabels;
  title: string;
  /** Under the title: what it is, when and where. */
  lines: string[];
  sets: SheetSet[];
  songCount: number;
  /** Said when there is no song. */
  empty: string;
  /** The file's name without its extension, before it is made safe. */
  fileName: string;
}

export function repertoireSheet({ band, songs, at }: RepertoireExport): Sheet {
  const labels = EXPORT_LABELS[band.language];
  const numbered = songs.map((song, index) => ({ ...song, number: index + 1 }));
  return {
    kind: 'repertoire',
    labels,
    title: band.name,
    lines: [`${labels.repertoire} ${labels.asOf(dayText(labels.locale, band.timeZone, at))}`],
    sets: numbered.length === 0 ? [] : [{ title: null, songs: numbered, ...timingOf(numbered) }],
    songCount: numbered.length,
    ...timingOf(numbered),
    empty: labels.noSongs,
    fileName: `${labels.repertoire} ${band.name}`,
  };
}

export function setlistSheet({ band, gig }: SetlistExport): Sheet {
  const labels = EXPORT_LABELS[band.language];
  let number = 0;
  const sets = gig.sets.map((set, index) => {
    const songs = set.songs.map((song) => ({ ...song, number: ++number, mastered: null }));
    return { title: set.label ?? labels.setNumber(index + 1), songs, ...timingOf(songs) };
  });
  const songs = sets.flatMap((set) => set.songs);
  const place = [gig.location, gig.address?.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join(' · ');
  return {
    kind: 'setlist',
    labels,
    title: gig.title,
    lines: [band.name, whenText(labels.locale, band.timeZone, gig.startsAt, gig.endsAt), ...(place ? [place] : [])],
    sets,
    songCount: songs.length,
    ...timingOf(songs),
    empty: labels.noSetlist,
    fileName: `Setlist ${gig.title} ${isoDay(band.timeZone, gig.startsAt)}`,
  };
}

/** The sum of the songs' durations, and how many have none. */
export function timingOf(songs: readonly ExportedSong[]): Timing {
  return {
    totalSeconds: songs.reduce((total, song) => total + (song.durationSec ?? 0), 0),
    untimedSongs: songs.filter((song) => song.durationSec === null).length,
  };
}
