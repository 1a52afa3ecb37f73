import { describe, expect, it } from '@jest/globals';
import { settingsChanges } from './band-settings.js';
import { InvalidBandSettingError } from './bands.errors.js';

describe('settingsChanges', () => {
  it('normalises each setting given and leaves out the others', () => {
    expect(
      settingsChanges({
        name: '  Groove   Machine ',
        template: 'groove',
        timezone: 'america/new_york',
        logoUrl: ' https://example.org/logo.png ',
        description: ' Funk & soul ',
        language: 'en',
      }),
    ).toEqual({
      name: 'Groove Machine',
      template: 'groove',
      timezone: 'America/New_York',
      logoUrl: 'https://example.org/logo.png',
      description: 'Funk & soul',
      language: 'en',
    });
    expect(settingsChanges({ logoUrl: null })).toEqual({ logoUrl: null });
    expect(settingsChanges({ logoUrl: '  ' })).toEqual({ logoUrl: null });
    expect(settingsChanges({})).toEqual({});
  });

  it('stores a renamed time zone under its current name, given the old or the new one', () => {
    for (const given of ['Europe/Kiev', 'Europe/Kyiv', 'europe/kyiv', 'Europe/Zaporozhye']) {
      expect(settingsChanges({ timezone: given })).toEqual({ timezone: 'Europe/Kyiv' });
    }
    expect(settingsChanges({ timezone: 'Asia/Calcutta' })).toEqual({ timezone: 'Asia/Kolkata' });
    expect(settingsChanges({ timezone: 'Asia/Kolkata' })).toEqual({ timezone: 'Asia/Kolkata' });
    expect(settingsChanges({ timezone: 'America/Nuuk' })).toEqual({ timezone: 'America/Nuuk' });
  });

  it('keeps tabs and new lines in a description', () => {
    const description = 'Répétitions :\n\tle jeudi\r\n\tle dimanche';
    expect(settingsChanges({ description })).toEqual({ description });
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(81) }, 'name'],
    [{ template: 'pink' }, 'template'],
    [{ timezone: 'Mars/Olympus' }, 'timezone'],
    [{ language: 'de' }, 'language'],
    [{ language: 'FR' }, 'language'],
    [{ logoUrl: 'javascript:alert(1)' }, 'logoUrl'],
    [{ logoUrl: 'ftp://example.org/logo.png' }, 'logoUrl'],
    [{ name: 'a\u0000b' }, 'name'],
    [{ name: 'two\nlines' }, 'name'],
    [{ name: '\u202egnp.exe' }, 'name'],
    [{ description: 'a\u0000b' }, 'description'],
    [{ description: 'lone \ud800' }, 'description'],
    [{ logoUrl: 'https://example.org/a\u0000b.png' }, 'logoUrl'],
  ])('refuses the whole change when %p is wrong', (changes, field) => {
    let error: unknown;
    try {
      settingsChanges({ description: 'fine', ...changes });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidBandSettingError);
    expect((error as InvalidBandSettingError).field).toBe(field);
  });
});
