import { describe, expect, it } from '@jest/globals';
import { Band } from './band.js';
import { InvalidBandSettingError } from './bands.errors.js';
import { InviteCode } from './invite-code.js';

const code = InviteCode.parse('K7RD9-PXM4H')!;
const create = () => Band.create({ id: 'b', name: '  Les   Rythmes ', inviteCode: code, now: new Date() });

describe('Band', () => {
  it('starts with the classic template in Europe/Paris', () => {
    expect(create().snapshot()).toMatchObject({
      name: 'Les Rythmes',
      description: '',
      template: 'classic',
      logoUrl: null,
      timezone: 'Europe/Paris',
      inviteCode: 'K7RD9-PXM4H',
    });
  });

  it('changes its settings', () => {
    const band = create();
    band.changeSettings({
      name: 'Groove Machine',
      template: 'groove',
      timezone: 'america/new_york',
      logoUrl: 'https://example.org/logo.png',
      description: 'Funk & soul',
    });
    expect(band.snapshot()).toMatchObject({
      name: 'Groove Machine',
      template: 'groove',
      timezone: 'America/New_York',
      logoUrl: 'https://example.org/logo.png',
      description: 'Funk & soul',
    });
    band.changeSettings({ logoUrl: null });
    expect(band.snapshot().logoUrl).toBeNull();
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(81) }, 'name'],
    [{ template: 'pink' }, 'template'],
    [{ timezone: 'Mars/Olympus' }, 'timezone'],
    [{ logoUrl: 'javascript:alert(1)' }, 'logoUrl'],
    [{ logoUrl: 'ftp://example.org/logo.png' }, 'logoUrl'],
  ])('refuses %p and changes nothing', (changes, field) => {
    const band = create();
    const before = band.snapshot();
    let error: unknown;
    try {
      band.changeSettings({ description: 'changed', ...changes });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidBandSettingError);
    expect((error as InvalidBandSettingError).field).toBe(field);
    expect(band.snapshot()).toEqual(before);
  });
});
