import type { BandSongView } from '../../repertoire/public-api.js';
import type { Setlist } from '../domain/setlist/setlist.js';

export type SetlistItemView =
  | ({ type: 'song'; songId: string } & Pick<BandSongView, 'title' | 'artist' | 'key' | 'bpm' | 'durationSec'>)
  | { type: 'break'; label: string | null };

/** What a set lasts: the sum of its songs' durations; the songs with no duration are counted apart. */
export interface SetTiming {
  totalSeconds: number;
  /** Songs with no duration in the repertoire: the total is that much short. */
  untimedSongs: number;
}

export interface SetView extends SetTiming {
  label: string | null;
  songCount: number;
}

export interface SetlistView extends SetTiming {
  items: SetlistItemView[];
  sets: SetView[];
}

/** The setlist as a member reads it: each song with what is played (key, tempo), timed set by set. */
export function setlistView(setlist: Setlist, songs: readonly BandSongView[]): SetlistView {
  const byId = new Map(songs.map((song) => [song.id, song]));
  const items = setlist.entries.flatMap((entry): SetlistItemView[] => {
    if (!('songId' in entry)) return [{ type: 'break', label: entry.label }];
    const song = byId.get(entry.songId);
    if (!song) return [];
    const { title, artist, key, bpm, durationSec } = song;
    return [{ type: 'song', songId: song.id, title, artist, key, bpm, durationSec }];
  });
  const durationOf = (id: string) => byId.get(id)?.durationSec ?? null;
  const sets = setlist.sets.map(({ label, songIds }) => ({
    label,
    songCount: songIds.length,
    ...timing(songIds.map(durationOf)),
  }));
  return { items, sets, ...timing(setlist.sets.flatMap((set) => set.songIds).map(durationOf)) };
}

function timing(durations: readonly (number | null)[]): SetTiming {
  return {
    totalSeconds: durations.reduce<number>((total, seconds) => total + (seconds ?? 0), 0),
    untimedSongs: durations.filter((seconds) => seconds === null).length,
  };
}
