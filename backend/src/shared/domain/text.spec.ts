import { describe, expect, it } from '@jest/globals';
import { DomainError } from './domain-error.js';
import { fittedText, isAcceptableText, keptText } from './text.js';

describe('isAcceptableText', () => {
  it.each([
    'Léa',
    'Les Rythmes du Jeudi',
    'e\u0301', // combining accent
    '🎸 Groove',
    '👩‍👩‍👧', // joiners inside an emoji
    'فرقة الخميس',
    'שלום',
    '\u200f', // a right-to-left mark carries no state: allowed
    '日本語のバンド',
    '',
  ])('accepts %p on one line and on many', (text) => {
    expect(isAcceptableText(text, 'single-line')).toBe(true);
    expect(isAcceptableText(text, 'multi-line')).toBe(true);
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['a bell', '\u0007'],
    ['an escape sequence', '\u001b[31m'],
    ['DEL', '\u007f'],
    ['a C1 control', '\u0085'],
    ['a lone high surrogate', 'a\ud800'],
    ['a lone low surrogate', '\udc00b'],
    ['U+FFFE', '\ufffe'],
    ['U+FFFF', '\uffff'],
    ['U+FDD0', '\ufdd0'],
    ['a noncharacter beyond the first plane', '\u{10ffff}'],
  ])('refuses %s everywhere', (_name, text) => {
    expect(isAcceptableText(text, 'single-line')).toBe(false);
    expect(isAcceptableText(text, 'multi-line')).toBe(false);
  });

  it.each([
    ['a tab', 'a\tb'],
    ['a line feed', 'a\nb'],
    ['a carriage return', 'a\r\nb'],
    ['a line separator', 'a\u2028b'],
    ['a paragraph separator', 'a\u2029b'],
    ['a right-to-left override', '\u202egnp.exe'],
    ['a left-to-right embedding', '\u202aabc\u202c'],
    ['an isolate', '\u2066abc\u2069'],
  ])('refuses %s on one line, accepts it in prose', (_name, text) => {
    expect(isAcceptableText(text, 'single-line')).toBe(false);
    expect(isAcceptableText(text, 'multi-line')).toBe(true);
  });

  it('judges the text as it is kept: surrounding white space is trimmed away', () => {
    expect(isAcceptableText(' Léa\n', 'single-line')).toBe(true);
    expect(isAcceptableText('\tLes Rythmes\r\n', 'single-line')).toBe(true);
    expect(isAcceptableText(' a\u0000 ', 'single-line')).toBe(false);
  });

  it('takes one line as the default shape', () => {
    expect(isAcceptableText('a\nb')).toBe(false);
  });
});

class FieldError extends DomainError {
  readonly code = 'TEST.INVALID_FIELD';
  readonly kind = 'invalid';
}
const invalid = (message: string, field: string) => new FieldError(message, field);

describe('keptText', () => {
  it('folds a line, keeps the line breaks of free text, and trims both', () => {
    expect(keptText('  Fête   de la\u00a0musique ', 'single-line', 'title', 200, invalid)).toBe('Fête de la musique');
    expect(keptText(' Balances\r\nà 17 h \n', 'multi-line', 'notes', 200, invalid)).toBe('Balances\nà 17 h');
  });

  it('refuses a control character or a text too long with the context’s own error, naming the field', () => {
    expect(() => keptText('Set\t2', 'single-line', 'label', 60, invalid)).toThrow(
      new FieldError('label is one line, without control characters.', 'label'),
    );
    expect(() => keptText('é'.repeat(4), 'single-line', 'key', 3, invalid)).toThrow(
      new FieldError('key has at most 3 characters.', 'key'),
    );
  });
});

describe('fittedText', () => {
  it.each([
    ['  Les   Copains\tdu Jeudi ', 'single-line', 80, 'Les Copains du Jeudi'],
    ['ligne 1\nligne 2', 'single-line', 80, 'ligne 1 ligne 2'],
    ['ligne 1\r\nligne 2\u0007', 'multi-line', 80, 'ligne 1\nligne 2'],
    ['\u202Egnp.exe', 'single-line', 80, 'gnp.exe'],
    ['a\ud800b', 'single-line', 80, 'ab'],
    ['é'.repeat(90), 'single-line', 80, 'é'.repeat(80)],
    ['🎸'.repeat(3), 'single-line', 2, '🎸🎸'],
  ] as const)('fits %p (%s, %d) to %p, which keptText then accepts as it is', (raw, shape, max, fitted) => {
    expect(fittedText(raw, shape, max)).toBe(fitted);
    expect(keptText(fitted, shape, 'field', max, (message) => new Error(message) as DomainError)).toBe(fitted);
  });
});
