/** The value of a JSON column of the original; undefined when it is no JSON. */
function parsed(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** A JSON object column (levels, notes, audio notes): empty when blank, null when it holds anything else. */
export function jsonObject(json: string | null): Record<string, unknown> | null {
  if (json === null || json.trim() === '') return {};
  const value = parsed(json);
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** The `rehearsals` ids of a performance's setlist (`songs_json`), in order; unreadable is none. */
export function setlistIds(json: string | null): number[] {
  const ids = json === null ? [] : parsed(json);
  return Array.isArray(ids) ? ids.filter((id): id is number => Number.isInteger(id)) : [];
}
