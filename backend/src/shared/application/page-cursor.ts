/**
 * Opaque keyset cursors for paginated lists: the sort key of the last item handed out, as base64url
 * JSON. Not a secret (membership guards the data), but each list checks the decoded shape strictly, so
 * a cursor that was changed or cut is refused rather than guessed at.
 */
export function encodeCursor(position: object): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The decoded position, or null when the text is not a cursor this code wrote (it must re-encode the same). */
export function decodeCursor(cursor: string): unknown {
  if (!/^[A-Za-z0-9_-]{1,1024}$/.test(cursor)) return null;
  try {
    const position: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return typeof position === 'object' && position !== null && encodeCursor(position) === cursor ? position : null;
  } catch {
    return null;
  }
}

/** A page of a list, and the cursor of the next one (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
