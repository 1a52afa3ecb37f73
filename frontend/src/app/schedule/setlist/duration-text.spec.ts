import { describe, expect, it } from '@jest/globals';

import { setLengthText, songCountText, untimedSongsText } from './duration-text';

describe('setLengthText', () => {
  it('says minutes under an hour, hours and minutes from one hour on', () => {
    expect(setLengthText(0)).toBe('0 min');
    expect(setLengthText(42 * 60 + 20)).toBe('42 min');
    expect(setLengthText(59 * 60 + 40)).toBe('1 h 00');
    expect(setLengthText(65 * 60)).toBe('1 h 05');
    expect(setLengthText(2 * 3600 + 12 * 60)).toBe('2 h 12');
  });
});

describe('the counts', () => {
  it('says one or many', () => {
    expect(untimedSongsText(1)).toBe('1 morceau sans durée');
    expect(untimedSongsText(3)).toBe('3 morceaux sans durée');
    expect(songCountText(1)).toBe('1 morceau');
    expect(songCountText(12)).toBe('12 morceaux');
  });
});
