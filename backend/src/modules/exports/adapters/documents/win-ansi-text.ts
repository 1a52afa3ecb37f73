/** The characters of Windows-1252 above ASCII that are not Latin-1: « ’ », « — », « € », « œ »… */
const CP1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Stand-ins for characters musicians type that the standard fonts lack. */
const SUBSTITUTES: Record<string, string> = {
  '\u202f': '\u00a0',
  '\u2009': ' ',
  '\t': ' ',
  '♭': 'b',
  '♯': '#',
  '♮': '',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '′': '’',
  '″': '”',
};

/**
 * The text as PDF's standard fonts (Helvetica, WinAnsi encoding) can draw it: French and the Western
 * European languages whole, a flat or a sharp as b and #, an accented letter from elsewhere without its
 * accent (Ł stays ?), any other character as « ? » rather than a wrong glyph.
 */
export function winAnsiText(text: string): string {
  return [...text.normalize('NFC')]
    .map((char) => (drawable(char) ? char : (SUBSTITUTES[char] ?? unaccented(char))))
    .join('');
}

function drawable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRAS.has(char);
}

function unaccented(char: string): string {
  const base = char.normalize('NFD').replace(/\p{M}/gu, '');
  return base !== char && base !== '' && [...base].every(drawable) ? base : '?';
}
