/** `search_text LIKE ?` for text found anywhere, the LIKE wildcards in it taken literally. */
export const SEARCH_CONDITION = `s.search_text like ? escape '\\'`;

export function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
