import { describe, expect, it } from '@jest/globals';
import { isAcceptableText } from './text.js';

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
