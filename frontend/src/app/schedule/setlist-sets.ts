import { Setlist, SetlistItem, SetlistSet } from '../core/api/api-types';
import { splitAtBreaks } from './split-at-breaks';

/** A song of the setlist as it is played: its place in the whole show, then what to play it in. */
export interface NumberedSong {
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
  readonly songs: readonly NumberedSong[];
}

/**
 * The setlist split at its breaks, each set with the server's timing (`setlist.sets`, which leaves
 * out a set with no song, as done here).
 */
export function setlistSets(setlist: Setlist): readonly SetShown[] {
  let number = 0;
  const filled = splitAtBreaks(setlist.items, (item) => item.type === 'break').map(({ songs }) =>
    songs.map((item) => songOf(item, ++number)),
  );
  return setlist.sets.map((set, index) => ({ ...set, songs: filled[index] ?? [] }));
}

function songOf(item: SetlistItem, number: number): NumberedSong {
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
