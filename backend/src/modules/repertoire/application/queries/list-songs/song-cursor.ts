import { keysetCursor } from '../../../../../shared/application/page-cursor.js';
import { InvalidCursorError } from '../../../domain/repertoire.errors.js';
import { searchText } from '../../../domain/search-text.js';
import type { SongPosition, SongSort, SongSummaryView } from '../../ports/song.reader.js';

/** The cursor of a songs page: the last song's sort key, bound to the sort and the search. */
const cursor = keysetCursor({ l: 'number?', t: 'text', i: 'uuid' });

/** The level a sort orders by (the title sort has none). */
export function sortLevel(song: SongSummaryView, sort: SongSort): number | null {
  return sort === 'myLevel' ? song.myLevel : sort === 'bandAverage' ? song.bandAverageLevel : null;
}

export function songCursor(last: SongSummaryView, sort: SongSort, search: string | null): string {
  // The stored search text is written by the same function (SongDetails.searchText).
  return cursor.write(
    { sort, search },
    { l: sortLevel(last, sort), t: searchText(last.title, last.artist), i: last.id },
  );
}

/** A level the sort can hand out: none for the title, a whole 0–10 for mine, 0–10 for the average. */
function levelFits(level: number | null, sort: SongSort): boolean {
  if (sort === 'title') return level === null;
  if (level === null) return true;
  return level >= 0 && level <= 10 && (sort === 'bandAverage' || Number.isInteger(level));
}

/** The position a cursor names; InvalidCursorError (400) for anything this list did not hand out. */
export function songPosition(text: string, sort: SongSort, search: string | null): SongPosition {
  const position = cursor.read(text, { sort, search });
  if (!position || !levelFits(position.l, sort)) throw new InvalidCursorError();
  return { level: position.l, title: position.t, id: position.i };
}
