import { describe, expect, it } from '@jest/globals';
import { csvField, csvText } from './csv.js';

describe('csvText', () => {
  it('starts with a BOM, separates fields with ; and ends each record with CRLF', () => {
    expect(
      csvText([
        ['Titre', 'Artiste'],
        ['Zombie', 'The Cranberries'],
      ]),
    ).toBe('\ufeffTitre;Artiste\r\nZombie;The Cranberries\r\n');
  });

  it('quotes a field holding the separator, a quote or a line break, doubling its quotes', () => {
    expect(csvField('Rock; roll')).toBe('"Rock; roll"');
    expect(csvField('Le "Boss"')).toBe('"Le ""Boss"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('a,b')).toBe('a,b');
    expect(csvField('Café « crème »')).toBe('Café « crème »');
  });

  it.each(['=HYPERLINK("http://evil")', '+33 1 23', '-1+1', '@SUM(A1)', '\tTab', '\rCR'])(
    'shows %p as text, not a formula, with a quote mark before it',
    (value) => {
      expect(csvField(value).replace(/^"|"$/g, '').startsWith(`'${value[0]}`)).toBe(true);
    },
  );

  it('prefixes and quotes a formula holding the separator', () => {
    expect(csvField('=1;2')).toBe(`"'=1;2"`);
    expect(csvField('A=B')).toBe('A=B');
  });
});
