import { validate as isUuid } from 'uuid';
import { decodeCursor, encodeCursor } from '../../../../../shared/application/page-cursor.js';
import { InvalidCursorError } from '../../../domain/repertoire.errors.js';
import type { SuggestionPosition, SuggestionSort, SuggestionView } from '../../ports/suggestion.reader.js';

/** The cursor of a suggestions page: the last item's sort key, bound to the sort and the search. */
interface Encoded {
  s: SuggestionSort;
  q: string | null;
  v: number;
  t: string;
  i: string;
}

export function suggestionCursor(last: SuggestionView, sort: SuggestionSort, search: string | null): string {
  const encoded: Encoded = { s: sort, q: search, v: last.votes, t: last.createdAt.toISOString(), i: last.id };
  return encodeCursor(encoded);
}

/** The position a cursor names; InvalidCursorError (400) for anything this list did not hand out. */
export function suggestionPosition(cursor: string, sort: SuggestionSort, search: string | null): SuggestionPosition {
  const value = decodeCursor(cursor) as Partial<Encoded> | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    Object.keys(value).length !== 5 ||
    value.s !== sort ||
    value.q !== search ||
    !Number.isSafeInteger(value.v) ||
    value.v! < 0 ||
    typeof value.t !== 'string' ||
    typeof value.i !== 'string' ||
    !isUuid(value.i)
  ) {
    throw new InvalidCursorError();
  }
  const createdAt = new Date(value.t);
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== value.t) throw new InvalidCursorError();
  return { votes: value.v!, createdAt, id: value.i };
}
