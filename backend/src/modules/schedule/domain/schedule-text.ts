import { isAcceptableText, type TextShape } from '../../../shared/domain/text.js';
import { InvalidScheduleFieldError } from './schedule.errors.js';

export const TITLE_MAX_LENGTH = 200;
export const LOCATION_MAX_LENGTH = 200;
export const ADDRESS_MAX_LENGTH = 500;
export const NOTES_MAX_LENGTH = 4000;
export const COMMENT_MAX_LENGTH = 500;

const RULE: Record<TextShape, string> = {
  'single-line': 'one line, without control characters',
  'multi-line': 'text without control characters but tab and new line',
};

/**
 * Text people type for an event or an answer: trimmed, `max` characters at most; empty or absent is
 * null unless `required`. The raw text is judged, as the edge judges it (ADR 0017).
 */
export function eventText(raw: string | null | undefined, field: string, shape: TextShape, max: number): string | null {
  if (raw === null || raw === undefined) return null;
  if (!isAcceptableText(raw, shape)) throw new InvalidScheduleFieldError(`${field} is ${RULE[shape]}.`, field);
  const value = shape === 'single-line' ? raw.trim().replace(/\s+/g, ' ') : raw.replace(/\r\n?/g, '\n').trim();
  if ([...value].length > max) throw new InvalidScheduleFieldError(`${field} has at most ${max} characters.`, field);
  return value || null;
}

/** A title: one line, 1 to 200 characters. */
export function eventTitle(raw: string): string {
  const title = eventText(raw, 'title', 'single-line', TITLE_MAX_LENGTH);
  if (title === null) throw new InvalidScheduleFieldError('A title has at least one character.', 'title');
  return title;
}
