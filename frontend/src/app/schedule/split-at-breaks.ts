/** Songs between two breaks, with the break that opens them (null for the first ones). */
export interface SongsBetweenBreaks<Song, Break> {
  readonly opener: Break | null;
  readonly songs: readonly Song[];
}

/**
 * A running order split at its breaks. Breaks with no song after them (a break at the end, two
 * breaks in a row) open nothing and are left out, as the server counts sets.
 */
export function splitAtBreaks<Item, Break extends Item>(
  items: readonly Item[],
  isBreak: (item: Item) => item is Break,
): SongsBetweenBreaks<Exclude<Item, Break>, Break>[];
export function splitAtBreaks<Item>(
  items: readonly Item[],
  isBreak: (item: Item) => boolean,
): SongsBetweenBreaks<Item, Item>[];
export function splitAtBreaks<Item>(
  items: readonly Item[],
  isBreak: (item: Item) => boolean,
): SongsBetweenBreaks<Item, Item>[] {
  const groups: { opener: Item | null; songs: Item[] }[] = [{ opener: null, songs: [] }];
  for (const item of items) {
    if (isBreak(item)) groups.push({ opener: item, songs: [] });
    else groups.at(-1)!.songs.push(item);
  }
  return groups.filter((group) => group.songs.length > 0);
}
