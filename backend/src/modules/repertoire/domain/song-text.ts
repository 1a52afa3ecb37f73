import { keptText } from '../../../shared/domain/text.js';
import { InvalidRepertoireFieldError } from './repertoire.errors.js';

const invalid = (message: string, field: string) => new InvalidRepertoireFieldError(message, field);

/** One line of text (a title, an artist): trimmed, inner white space folded, `max` characters at most. */
export function singleLine(raw: string, field: string, max: number): string {
  return keptText(raw, 'single-line', field, max, invalid);
}

/** Free text (a comment, a note): trimmed, line breaks kept, `max` characters at most. */
export function multiLine(raw: string, field: string, max: number): string {
  return keptText(raw, 'multi-line', field, max, invalid);
}

/** An optional line: empty or absent is null. */
export function optionalLine(raw: string | null | undefined, field: string, max: number): string | null {
  if (raw === null || raw === undefined) return null;
  return singleLine(raw, field, max) || null;
}
