import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * French typography in the extracted messages: a narrow no-break space (U+202F) before ; : ! ?
 * and no-break spaces inside « », so that no punctuation mark starts a line.
 */
describe('French messages', () => {
  const messages = JSON.parse(readFileSync(join(__dirname, 'messages.json'), 'utf8')) as {
    translations: Record<string, string>;
  };
  const faults = (text: string) => text.match(/[ \t\n][;:!?]|«[ \t\n]|[ \t\n]»/g) ?? [];

  it('finds a plain space before a mark or inside quotes', () => {
    expect(faults('Groupe actif : Paris ; « Kyiv » ?')).toEqual([' :', ' ;', '« ', ' »', ' ?']);
    expect(faults('Groupe actif\u202f: « Kyiv »\u202f?'.replace('« ', '«\u00a0').replace(' »', '\u00a0»'))).toEqual([]);
  });

  it('has no plain space before ; : ! ? nor inside « »', () => {
    const wrong = Object.entries(messages.translations).filter(([, text]) => faults(text).length > 0);
    expect(wrong).toEqual([]);
  });
});
