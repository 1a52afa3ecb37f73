import { AbstractControl, ValidationErrors } from '@angular/forms';

/** The server's limits for the fields a suggestion and a song share (API.md, Repertoire). */
export const TITLE_MAX = 200;
export const ARTIST_MAX = 200;
export const COMMENT_MAX = 2000;
export const MAX_LINKS = 5;
export const LINK_MAX = 2048;
export const KEY_MAX = 20;
export const BPM_MIN = 20;
export const BPM_MAX = 400;
/** Longest duration, in seconds (the server's limit). */
export const DURATION_MAX = 2 * 3600;

/** The links field holds one address a line. */
export function parseLinks(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** At most five https:// (or http://) addresses of at most 2,048 characters. */
export function linksValidator(control: AbstractControl<string>): ValidationErrors | null {
  const links = parseLinks(control.value ?? '');
  if (links.length > MAX_LINKS) return { tooManyLinks: true };
  if (links.some((link) => link.length > LINK_MAX || !/^https?:\/\/\S+$/i.test(link))) return { badLink: true };
  return null;
}

/** "4:05" (or "245" seconds) to seconds; null when empty; NaN when not a duration. */
export function parseDuration(text: string): number | null {
  const value = text.trim();
  if (value === '') return null;
  const match = /^(?:(\d{1,3}):)?(\d{1,5})$/.exec(value);
  if (!match) return Number.NaN;
  const seconds = match[1] === undefined ? Number(match[2]) : Number(match[1]) * 60 + Number(match[2]);
  return match[1] !== undefined && Number(match[2]) > 59 ? Number.NaN : seconds;
}

/** Seconds as "4:05". */
export function formatDuration(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function durationValidator(control: AbstractControl<string>): ValidationErrors | null {
  const seconds = parseDuration(control.value ?? '');
  return seconds === null || (seconds >= 1 && seconds <= DURATION_MAX) ? null : { duration: true };
}
