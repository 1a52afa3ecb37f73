import { InvalidScheduleFieldError } from '../schedule.errors.js';
import { eventText } from '../schedule-text.js';

export const SETLIST_MAX_ENTRIES = 150;
export const BREAK_LABEL_MAX_LENGTH = 60;

/** One line of a gig's running order: a song of the band's repertoire, or a break between sets. */
export type SetlistEntry = { readonly songId: string } | { readonly break: true; readonly label: string | null };

/** The songs between two breaks, with the label of the break that opens it (none for the first set). */
export interface SetlistSet {
  readonly label: string | null;
  readonly songIds: readonly string[];
}

/**
 * A gig's running order, saved whole: the manager's last complete save wins. A song may come back
 * (an encore of the opener); breaks split the list into sets, and a break with no song after it
 * opens no set.
 */
export class Setlist {
  private constructor(readonly entries: readonly SetlistEntry[]) {}

  static of(entries: readonly SetlistEntry[]): Setlist {
    if (entries.length > SETLIST_MAX_ENTRIES) {
      throw new InvalidScheduleFieldError(`A setlist has at most ${SETLIST_MAX_ENTRIES} entries.`, 'items');
    }
    return new Setlist(
      entries.map((entry, index) =>
        'songId' in entry
          ? { songId: entry.songId }
          : {
              break: true,
              label: eventText(entry.label, `items[${index}].label`, 'single-line', BREAK_LABEL_MAX_LENGTH),
            },
      ),
    );
  }

  static empty(): Setlist {
    return new Setlist([]);
  }

  /** Each song once, in the order it first comes. */
  get songIds(): string[] {
    return [...new Set(this.entries.flatMap((entry) => ('songId' in entry ? [entry.songId] : [])))];
  }

  get sets(): SetlistSet[] {
    const sets: { label: string | null; songIds: string[] }[] = [{ label: null, songIds: [] }];
    for (const entry of this.entries) {
      if ('songId' in entry) sets.at(-1)!.songIds.push(entry.songId);
      else sets.push({ label: entry.label, songIds: [] });
    }
    return sets.filter((set) => set.songIds.length > 0);
  }
}
