import { describe, expect, it } from '@jest/globals';
import { winAnsiText } from './win-ansi-text.js';

describe('winAnsiText', () => {
  it('keeps French and Western European text whole', () => {
    const text = 'L’été « indien » — Œuvre n° 2\u00a0: ça coûte 5 € … Ñandú, Straße, Ærø';
    expect(winAnsiText(text)).toBe(text);
  });

  it('writes a flat and a sharp as b and #, a narrow no-break space as a no-break one', () => {
    expect(winAnsiText('Si♭ majeur, Fa♯ mineur')).toBe('Sib majeur, Fa# mineur');
    expect(winAnsiText('Durée\u202f: 4 min')).toBe('Durée\u00a0: 4 min');
  });

  it('drops an accent the fonts lack, and shows any other character as ?', () => {
    expect(winAnsiText('Dvořák, Kraków')).toBe('Dvorák, Kraków');
    expect(winAnsiText('Łódź 🎸 Кино')).toBe('?ódz ? ????');
  });
});
