import { describe, expect, it } from '@jest/globals';
import { Band } from './band.js';
import { InviteCode } from './invite-code.js';

const code = InviteCode.parse('K7RD9-PXM4H');

describe('Band', () => {
  it('starts with the classic template in Europe/Paris, in French', () => {
    const band = Band.create({ id: 'b', name: '  Les   Rythmes ', inviteCode: code, now: new Date() });
    expect(band.snapshot()).toMatchObject({
      name: 'Les Rythmes',
      description: '',
      template: 'classic',
      logoUrl: null,
      timezone: 'Europe/Paris',
      language: 'fr',
      inviteCode: 'K7RD9-PXM4H',
    });
  });
});
