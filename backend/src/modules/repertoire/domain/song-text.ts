import { InvalidRepertoireFieldError } from './repertoire.errors.js';

// C0 and C1 control characters, DEL, and lone surrogates: PostgreSQL refuses NUL, and the rest only
// hides text. White space (tabs, line breaks) is folded first; multi-line text keeps line feeds and tabs.
const CONTROL = /\p{Cc}|\p{Cs}/u;
const CONTROL_BUT_LINES = /(?![\n\t])\p{Cc}|\p{Cs}/u;

/** One line of text (a title, an artist): trimmed, inner white space folded, `max` characters at most. */
export function singleLine(raw: string, field: string, max: number): string {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (CONTROL.test(value)) throw new InvalidRepertoireFieldError(`${field} has control characters.`, field);
  if ([...value].length > max) throw new InvalidRepertoireFieldError(`${field} has at most ${max} characters.`, field);
  return value;
}

/** Free text (a comment, a note): trimmed, line breaks kept, `max` characters at most. */
export function multiLine(raw: string, field: string, max: number): string {
  const value = raw.replace(/\r\n?/g, '\n').trim();
  if (CONTROL_BUT_LINES.test(value)) throw new InvalidRepertoireFieldError(`${field} has control characters.`, field);
  if ([...value].length > max) throw new InvalidRepertoireFieldError(`${field} has at most ${max} characters.`, field);
  return value;
}

/** An optional line: empty or absent is null. */
export function optionalLine(raw: string | null | undefined, field: string, max: number): string | null {
  if (raw === null || raw === undefined) return null;
  return singleLine(raw, field, max) || null;
}
