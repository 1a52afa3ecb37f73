import { jsonObject } from './original-json.js';

/** One member's level on a song and their private note, as the original stored them by username. */
export interface ProgressEntry {
  readonly username: string;
  readonly level: number;
  readonly note: string | null;
}

const MAX_LEVEL = 10;

/**
 * The original keeps a song's levels and notes as two JSON objects keyed by username. Here each
 * member has one progress: a whole level from 0 to 10 (rounded and bounded, which `notices` says),
 * 0 for a note without a level. Unreadable JSON counts as empty, and says so.
 */
export function progressEntries(
  levelsJson: string | null,
  notesJson: string | null,
): { entries: ProgressEntry[]; notices: string[] } {
  const notices: string[] = [];
  const levels = readable(levelsJson, 'levels', notices);
  const notes = readable(notesJson, 'notes', notices);
  const usernames = [...new Set([...Object.keys(levels), ...Object.keys(notes)])];
  const entries = usernames.flatMap((username): ProgressEntry[] => {
    const raw = levels[username];
    const number = typeof raw === 'number' ? raw : Number(raw ?? 0);
    if (!Number.isFinite(number)) {
      notices.push(`the level of ${username} (${JSON.stringify(raw)}) is not a number: 0`);
    }
    const level = Number.isFinite(number) ? Math.min(MAX_LEVEL, Math.max(0, Math.round(number))) : 0;
    if (Number.isFinite(number) && level !== number) notices.push(`the level ${number} of ${username} became ${level}`);
    const note = notes[username];
    const text = typeof note === 'string' && note.trim() !== '' ? note : null;
    return [{ username, level, note: text }];
  });
  return { entries, notices };
}

function readable(json: string | null, what: string, notices: string[]): Record<string, unknown> {
  const value = jsonObject(json);
  if (!value) notices.push(`the ${what} are not a JSON object: left out`);
  return value ?? {};
}
