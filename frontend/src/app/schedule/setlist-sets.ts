import { Setlist, SetlistItem, SetlistSet } from '../core/api/api-types';

/** A song of the setlist as it is played: its place in the whole show, then what to play it in. */
export interface SetlistSong {
  /** 1 for the opener, counting on across the breaks. */
  readonly number: number;
  readonly songId: string;
  readonly title: string;
  readonly artist: string | null;
  readonly key: string | null;
  readonly bpm: number | null;
  readonly durationSec: number | null;
}

/** One set: the label of the break that opens it (null for the first), its songs and its timing. */
export interface SetShown extends SetlistSet {
  readonly songs: readonly SetlistSong[];
}

/**
 * The setlist split at its breaks, each set with the server's timing (`setlist.sets`, which leaves
 * out a set with no song, as done here).
 */
export function setlistSets(setlist: Setlist): readonly SetShown[] {
  const groups: SetlistSong[][] = [[]];
  let number = 0;
  for (const item of setlist.items) {
    if (item.type === 'break') groups.push([]);
    else groups.at(-1)!.push(songOf(item, ++number));
  }
  const filled = groups.filter((songs) => songs.length > 0);
  return setlist.sets.map((set, index) => ({ ...set, songs: filled[index] ?? [] }));
}

function songOf(item: SetlistItem, number: number): SetlistSong {
  return {
    number,
    songId: item.songId ?? '',
    title: item.title ?? '',
    artist: item.artist ?? null,
    key: item.key ?? null,
    bpm: item.bpm ?? null,
    durationSec: item.durationSec ?? null,
  };
}

/** What a set or the whole show lasts, to the minute: « 42 min », « 1 h 05 ». */
export function setDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return $localize`:@@setlist.minutes:${minutes}:minutes: min`;
  const hours = Math.floor(minutes / 60);
  const rest = String(minutes % 60).padStart(2, '0');
  return $localize`:@@setlist.hours:${hours}:hours: h ${rest}:minutes:`;
}

/** « 1 morceau sans durée », « 3 morceaux sans durée »: the duration shown is that much short. */
export function untimedText(songs: number): string {
  return songs === 1
    ? $localize`:@@setlist.oneUntimed:1 morceau sans durée`
    : $localize`:@@setlist.untimed:${songs}:songs: morceaux sans durée`;
}
