/** A line of a list the user puts in order: `key` follows it through the moves (a song can come twice). */
export interface OrderedRow {
  readonly key: string;
  /** How buttons and announcements name it: the song's title, "Pause « Rappel »". */
  readonly name: string;
}

let lastKey = 0;

/** A key no other row of this page has. */
export function newRowKey(): string {
  return `row-${++lastKey}`;
}
