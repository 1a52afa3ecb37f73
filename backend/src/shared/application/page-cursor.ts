import { validate as isUuid } from 'uuid';

/**
 * Opaque keyset cursors for paginated lists: the sort key of the last item handed out, as base64url
 * JSON, bound to the list's sort and search. Not a secret (membership guards the data), but checked
 * strictly: a cursor that was changed, cut, or handed out for another sort or search is refused rather
 * than guessed at.
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

/** What a sort key field holds: `count` a safe integer ≥ 0, `number` any finite one; `?` allows null. */
type FieldKind = 'uuid' | 'text' | 'instant' | 'count' | 'number';
type FieldSpec = FieldKind | `${FieldKind}?`;
type ValueOf<K> = K extends 'instant' ? Date : K extends 'count' | 'number' ? number : string;
type FieldValue<F> = F extends `${infer K}?` ? ValueOf<K> | null : ValueOf<F>;
export type CursorPosition<S extends Record<string, FieldSpec>> = { [K in keyof S]: FieldValue<S[K]> };

/** The list a cursor belongs to: a cursor of another sort or search is refused. */
export interface CursorScope {
  sort: string;
  search: string | null;
}

const VALID: Record<FieldKind, (value: unknown) => boolean> = {
  uuid: (value) => typeof value === 'string' && isUuid(value),
  text: (value) => typeof value === 'string',
  instant: (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
  count: (value) => Number.isSafeInteger(value) && (value as number) >= 0,
  number: (value) => typeof value === 'number' && Number.isFinite(value),
};

/**
 * The cursor of one list's keyset, from the fields of its sort key (single letters keep it short):
 * `write` the last item's position, `read` it back, or null for anything `write` did not produce.
 */
export function keysetCursor<S extends Record<string, FieldSpec>>(spec: S) {
  const fields = Object.entries(spec).map(([name, field]) => ({
    name,
    kind: field.replace('?', '') as FieldKind,
    nullable: field.endsWith('?'),
  }));
  return {
    write(scope: CursorScope, position: CursorPosition<S>): string {
      const encoded: Record<string, unknown> = { s: scope.sort, q: scope.search };
      for (const { name } of fields) {
        const value: unknown = position[name];
        encoded[name] = value instanceof Date ? value.toISOString() : value;
      }
      return encodeCursor(encoded);
    },

    read(cursor: string, scope: CursorScope): CursorPosition<S> | null {
      const value = decodeCursor(cursor);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
      const encoded = value as Record<string, unknown>;
      if (Object.keys(encoded).length !== fields.length + 2) return null;
      if (encoded['s'] !== scope.sort || encoded['q'] !== scope.search) return null;
      const position: Record<string, unknown> = {};
      for (const { name, kind, nullable } of fields) {
        const field = encoded[name];
        if (field === null && nullable) {
          position[name] = null;
          continue;
        }
        if (!VALID[kind](field)) return null;
        if (kind === 'instant') {
          const instant = new Date(field as string);
          if (instant.toISOString() !== field) return null;
          position[name] = instant;
        } else {
          position[name] = field;
        }
      }
      return position as CursorPosition<S>;
    },
  };
}

/** A page of a list, and the cursor of the next one (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The page from up to `limit + 1` rows read: the extra one only says that there is more. */
export function pageOf<T>(rows: T[], limit: number, cursorOf: (last: T) => string): Page<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? cursorOf(items.at(-1)!) : null };
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
