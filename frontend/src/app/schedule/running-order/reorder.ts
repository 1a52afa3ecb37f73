/**
 * A list with the entry at `from` moved to `to` (both clamped to the list), as a new array; the
 * same array when nothing moves. Drag and drop and the keyboard both go through it.
 */
export function moveItem<T>(items: readonly T[], from: number, to: number): readonly T[] {
  if (from < 0 || from >= items.length) return items;
  const target = Math.min(Math.max(to, 0), items.length - 1);
  if (target === from) return items;
  const moved = [...items];
  const [item] = moved.splice(from, 1);
  moved.splice(target, 0, item!);
  return moved;
}

/** One step up (-1) or down (+1): the first entry does not go up, the last does not go down. */
export function moveBy<T>(items: readonly T[], index: number, step: -1 | 1): readonly T[] {
  return moveItem(items, index, index + step);
}
