import { InvalidRepertoireFieldError } from './repertoire.errors.js';
import { optionalLine } from './song-text.js';

export const KEY_MAX_LENGTH = 20;
export const BPM_RANGE = { min: 20, max: 400 } as const;
export const DURATION_RANGE = { min: 1, max: 7200 } as const;

/** How the band plays a song: its key (free text: « Mi mineur », « F#m »), tempo and duration. */
export interface SongAttributes {
  readonly key: string | null;
  readonly bpm: number | null;
  readonly durationSec: number | null;
}

export type SongAttributesChanges = Partial<SongAttributes>;

export function songAttributes(input: SongAttributesChanges, current?: SongAttributes): SongAttributes {
  return {
    key: input.key === undefined ? (current?.key ?? null) : optionalLine(input.key, 'key', KEY_MAX_LENGTH),
    bpm: input.bpm === undefined ? (current?.bpm ?? null) : whole(input.bpm, 'bpm', BPM_RANGE),
    durationSec:
      input.durationSec === undefined
        ? (current?.durationSec ?? null)
        : whole(input.durationSec, 'durationSec', DURATION_RANGE),
  };
}

function whole(value: number | null, field: string, range: { min: number; max: number }): number | null {
  if (value === null) return null;
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new InvalidRepertoireFieldError(`${field} is a whole number from ${range.min} to ${range.max}.`, field);
  }
  return value;
}
