/**
 * What `?q=` matches against: lower case, accents gone, so that « celine » finds « Céline ». The same
 * function folds the stored text and the query, in memory and in PostgreSQL alike.
 */
export function searchText(...parts: (string | null)[]): string {
  return parts
    .filter((part): part is string => !!part)
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}
