import { inviteLink, normalizeInviteCode } from './invite-code';

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

describe('inviteLink', () => {
  it('is the /join/:code route on this origin', () => {
    expect(inviteLink('https://band.example', 'K7RD9-PXM4H')).toBe('https://band.example/join/K7RD9-PXM4H');
  });
});
