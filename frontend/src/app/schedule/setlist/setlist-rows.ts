import { SaveSetlistRequest, SetlistItemResponse } from '../../core/api/api-types.generated';
import { newRowKey, OrderedRow } from '../running-order/ordered-row';
import { splitAtBreaks } from '../split-at-breaks';

/** A song of the running order, with what the editor shows of it. */
export interface SongRow extends OrderedRow {
  readonly kind: 'song';
  readonly songId: string;
  readonly artist: string | null;
  readonly songKey: string | null;
  readonly bpm: number | null;
  readonly durationSec: number | null;
}

/** A break between two sets; its label (« Rappel ») names the set it opens. */
export interface BreakRow extends OrderedRow {
  readonly kind: 'break';
  readonly label: string | null;
}

export type SetlistRow = SongRow | BreakRow;

/** What a song brings to the running order (a song of the repertoire, or a setlist item). */
export interface SetlistSong {
  readonly id: string;
  readonly title: string;
  readonly artist: string | null;
  readonly key: string | null;
  readonly bpm: number | null;
  readonly durationSec: number | null;
}

/** Songs between two breaks: how many, how long, how many have no duration. */
export interface SetSummary {
  readonly label: string | null;
  readonly songCount: number;
  readonly totalSeconds: number;
  readonly untimedSongs: number;
}

export interface SetlistSummary {
  /** Sets with at least one song, as the server counts them. */
  readonly sets: readonly SetSummary[];
  readonly songCount: number;
  readonly totalSeconds: number;
  readonly untimedSongs: number;
}

export function songRow(song: SetlistSong): SongRow {
  return {
    kind: 'song',
    key: newRowKey(),
    name: song.title,
    songId: song.id,
    artist: song.artist,
    songKey: song.key,
    bpm: song.bpm,
    durationSec: song.durationSec,
  };
}

/** A new break, or one relabelled (`key` given: the same row). */
export function breakRow(label: string | null, key: string = newRowKey()): BreakRow {
  const name = label
    ? $localize`:@@setlist.breakNamed:Pause « ${label}:label: »`
    : $localize`:@@setlist.breakName:Pause`;
  return { kind: 'break', key, name, label };
}

/** The gig's saved setlist as rows. */
export function rowsFromSetlist(items: readonly SetlistItemResponse[]): SetlistRow[] {
  return items.map((item) =>
    item.type === 'break'
      ? breakRow(item.label ?? null)
      : songRow({
          id: item.songId!,
          title: item.title ?? '',
          artist: item.artist ?? null,
          key: item.key ?? null,
          bpm: item.bpm ?? null,
          durationSec: item.durationSec ?? null,
        }),
  );
}

/** PUT /api/gigs/{id}/setlist takes the whole list; a blank label is no label. */
export function setlistRequest(rows: readonly SetlistRow[]): SaveSetlistRequest {
  return {
    items: rows.map((row) =>
      row.kind === 'song' ? { songId: row.songId } : { break: true, label: row.label?.trim() || null },
    ),
  };
}

/**
 * Durations per set and in all, as the list stands: breaks split the list, a set with no song is
 * not counted (a break at the end, two breaks in a row), a song without duration is counted apart.
 */
export function setlistSummary(rows: readonly SetlistRow[]): SetlistSummary {
  const sets = splitAtBreaks(rows, (row): row is BreakRow => row.kind === 'break').map(
    ({ opener, songs }): SetSummary => ({
      label: opener?.label?.trim() || null,
      songCount: songs.length,
      totalSeconds: songs.reduce((total, song) => total + (song.durationSec ?? 0), 0),
      untimedSongs: songs.filter((song) => song.durationSec === null).length,
    }),
  );
  const sum = (field: 'songCount' | 'totalSeconds' | 'untimedSongs') =>
    sets.reduce((total, set) => total + set[field], 0);
  return {
    sets,
    songCount: sum('songCount'),
    totalSeconds: sum('totalSeconds'),
    untimedSongs: sum('untimedSongs'),
  };
}
