import { isAcceptableText, type TextShape } from '../../../shared/domain/text.js';
import { InvalidRepertoireFieldError } from './repertoire.errors.js';

/** One line of text (a title, an artist): trimmed, inner white space folded, `max` characters at most. */
export function singleLine(raw: string, field: string, max: number): string {
  return checked(raw, raw.trim().replace(/\s+/g, ' '), 'single-line', field, max);
}

/** Free text (a comment, a note): trimmed, line breaks kept, `max` characters at most. */
export function multiLine(raw: string, field: string, max: number): string {
  return checked(raw, raw.replace(/\r\n?/g, '\n').trim(), 'multi-line', field, max);
}

/** An optional line: empty or absent is null. */
export function optionalLine(raw: string | null | undefined, field: string, max: number): string | null {
  if (raw === null || raw === undefined) return null;
  return singleLine(raw, field, max) || null;
}

const RULE: Record<TextShape, string> = {
  'single-line': 'one line, without control characters',
  'multi-line': 'text without control characters but tab and new line',
};

// The raw text is judged, as the edge judges it (ADR 0017): a tab inside a title is refused, not folded.
function checked(raw: string, value: string, shape: TextShape, field: string, max: number): string {
  if (!isAcceptableText(raw, shape)) throw new InvalidRepertoireFieldError(`${field} is ${RULE[shape]}.`, field);
  if ([...value].length > max) throw new InvalidRepertoireFieldError(`${field} has at most ${max} characters.`, field);
  return value;
}
