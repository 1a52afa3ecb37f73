import { keysetCursor } from '../../../../../shared/application/page-cursor.js';
import { InvalidCursorError } from '../../../domain/repertoire.errors.js';
import type { SuggestionPosition, SuggestionSort, SuggestionView } from '../../ports/suggestion.reader.js';

/** The cursor of a suggestions page: the last item's sort key, bound to the sort and the search. */
const cursor = keysetCursor({ v: 'count', t: 'instant', i: 'uuid' });

export function suggestionCursor(last: SuggestionView, sort: SuggestionSort, search: string | null): string {
  return cursor.write({ sort, search }, { v: last.votes, t: new Date(last.createdAt), i: last.id });
}

/** The position a cursor names; InvalidCursorError (400) for anything this list did not hand out. */
export function suggestionPosition(text: string, sort: SuggestionSort, search: string | null): SuggestionPosition {
  const position = cursor.read(text, { sort, search });
  if (!position) throw new InvalidCursorError();
  return { votes: position.v, createdAt: position.t, id: position.i };
}
