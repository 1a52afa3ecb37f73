import { keptText, type TextShape } from '../../../shared/domain/text.js';
import { InvalidScheduleFieldError } from './schedule.errors.js';

export const TITLE_MAX_LENGTH = 200;
export const LOCATION_MAX_LENGTH = 200;
export const ADDRESS_MAX_LENGTH = 500;
export const NOTES_MAX_LENGTH = 4000;
export const COMMENT_MAX_LENGTH = 500;

const invalid = (message: string, field: string) => new InvalidScheduleFieldError(message, field);

/**
 * Text people type for an event or an answer: trimmed, `max` characters at most; empty or absent is
 * null (a title is required: eventTitle).
 */
export function eventText(raw: string | null | undefined, field: string, shape: TextShape, max: number): string | null {
  if (raw === null || raw === undefined) return null;
  return keptText(raw, shape, field, max, invalid) || null;
}

/** A title: one line, 1 to 200 characters. */
export function eventTitle(raw: string): string {
  const title = eventText(raw, 'title', 'single-line', TITLE_MAX_LENGTH);
  if (title === null) throw new InvalidScheduleFieldError('A title has at least one character.', 'title');
  return title;
}
