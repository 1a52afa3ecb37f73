import { describe, expect, it } from '@jest/globals';

import { durationText, songCountText, untimedSongsText } from './duration-text';

describe('durationText', () => {
  it('writes minutes and seconds, and hours from an hour on', () => {
    expect(durationText(0)).toBe('0:00');
    expect(durationText(245)).toBe('4:05');
    expect(durationText(3600)).toBe('1:00:00');
    expect(durationText(3750)).toBe('1:02:30');
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
