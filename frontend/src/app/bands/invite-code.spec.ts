import { inviteLink, normalizeInviteCode, readInviteCode } from './invite-code';

describe('normalizeInviteCode', () => {
  it.each([
    ['K7RD9-PXM4H', 'K7RD9-PXM4H'],
    ['k7rd9pxm4h', 'K7RD9-PXM4H'],
    [' k7rd9 pxm4h ', 'K7RD9-PXM4H'],
    ['K7-RD9-PX-M4H', 'K7RD9-PXM4H'],
  ])('reads %p as %p', (raw, expected) => {
    expect(normalizeInviteCode(raw)).toBe(expected);
  });

  it.each([[''], ['K7RD9'], ['K7RD9-PXM4HX'], ['K7RD0-PXM4H'], ['K7RDI-PXM4H'], ['K7RDU-PXM4H'], [null], [undefined]])(
    'refuses %p (length, or a symbol codes never use)',
    (raw) => {
      expect(normalizeInviteCode(raw)).toBeNull();
    },
  );
});

describe('readInviteCode', () => {
  it.each([
    ['', { kind: 'empty' }],
    [' - ', { kind: 'empty' }],
    ['K7RD9', { kind: 'length', length: 5 }],
    ['K7RD9-PXM4HX', { kind: 'length', length: 11 }],
    // The first character no code uses wins over the length, counted without dashes and spaces.
    ['K7RD9-PXM4O', { kind: 'character', character: 'O', position: 10 }],
    ['k7rd9 pxmu', { kind: 'character', character: 'u', position: 9 }],
    ['K7RD9+PXM4H', { kind: 'character', character: '+', position: 6 }],
    ['🎸K7RD9', { kind: 'character', character: '🎸', position: 1 }],
  ])('says what is wrong with %p', (raw, problem) => {
    expect(readInviteCode(raw)).toEqual({ problem });
  });

  it('gives the code, normalized, when there is nothing wrong', () => {
    expect(readInviteCode('k7rd9pxm4h')).toEqual({ code: 'K7RD9-PXM4H' });
  });
});

describe('inviteLink', () => {
  it('is the /join/:code route on this origin', () => {
    expect(inviteLink('https://band.example', 'K7RD9-PXM4H')).toBe('https://band.example/join/K7RD9-PXM4H');
  });
});
