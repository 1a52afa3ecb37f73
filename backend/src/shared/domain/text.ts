import type { DomainError } from './domain-error.js';

/**
 * The one rule for text people type (names, descriptions, notes, titles), shared by the request
 * validation at the edge and the value objects of every context. See docs/adr/0017.
 *
 * - single-line (names, titles, codes): no control character at all (C0, DEL, C1), no line or
 *   paragraph separator, no bidirectional embedding, override or isolate (they can make a name
 *   display as another: "\u202Egnp.exe").
 * - multi-line (descriptions, notes, comments): tab, line feed and carriage return are allowed; other
 *   control characters are not. Bidirectional controls are allowed: mixed right-to-left and
 *   left-to-right prose needs them.
 * - both: well-formed Unicode only (no lone surrogate, which PostgreSQL cannot store faithfully), and no
 *   noncharacter (U+FFFE, U+FFFF, U+FDD0–U+FDEF...), which are never meant for interchange.
 *
 * The text is judged as it is kept: every text field trims surrounding white space, so a line break
 * pasted at the end of a name is no fault.
 */
export type TextShape = 'single-line' | 'multi-line';

const SINGLE_LINE_FORBIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/u;
const MULTI_LINE_FORBIDDEN = /(?![\t\n\r])\p{Cc}/u;
const MALFORMED = /[\p{Cs}\p{Noncharacter_Code_Point}]/u;

export function isAcceptableText(text: string, shape: TextShape = 'single-line'): boolean {
  const forbidden = shape === 'single-line' ? SINGLE_LINE_FORBIDDEN : MULTI_LINE_FORBIDDEN;
  const kept = text.trim();
  return !forbidden.test(kept) && !MALFORMED.test(kept);
}

/** The error a context gives for a field that breaks the text rule: its own error class. */
export type InvalidText = (message: string, field: string) => DomainError;

const RULE: Record<TextShape, string> = {
  'single-line': 'one line, without control characters',
  'multi-line': 'text without control characters but tab and new line',
};

/**
 * A field's text as every context keeps it: judged raw, as the edge judges it (ADR 0017: a tab inside a
 * title is refused, not folded), then trimmed (a single line with its inner white space folded, free
 * text with its line breaks kept), `max` characters at most.
 */
export function keptText(raw: string, shape: TextShape, field: string, max: number, invalid: InvalidText): string {
  if (!isAcceptableText(raw, shape)) throw invalid(`${field} is ${RULE[shape]}.`, field);
  const value = shape === 'single-line' ? raw.trim().replace(/\s+/g, ' ') : raw.replace(/\r\n?/g, '\n').trim();
  if ([...value].length > max) throw invalid(`${field} has at most ${max} characters.`, field);
  return value;
}

/**
 * The nearest text `keptText` accepts, for text written under other rules (an import): the
 * characters the rule refuses become spaces (control characters, separators) or go (malformed ones),
 * then the text is trimmed and folded as kept, and cut at `max` characters.
 */
export function fittedText(raw: string, shape: TextShape, max: number): string {
  const forbidden = shape === 'single-line' ? SINGLE_LINE_FORBIDDEN : MULTI_LINE_FORBIDDEN;
  const cleaned = raw.replace(new RegExp(MALFORMED.source, 'gu'), '').replace(new RegExp(forbidden.source, 'gu'), ' ');
  const value = shape === 'single-line' ? cleaned.trim().replace(/\s+/g, ' ') : cleaned.replace(/\r\n?/g, '\n').trim();
  return [...value].slice(0, max).join('').trim();
}
