import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { InvalidInviteCodeError } from './bands.errors.js';
import { INVITE_ALPHABET, InviteCode } from './invite-code.js';

describe('InviteCode', () => {
  it('is ten unambiguous symbols in two groups of five', () => {
    const code = InviteCode.generate((n) => randomBytes(n)).value;
    expect(code).toMatch(new RegExp(`^[${INVITE_ALPHABET}]{5}-[${INVITE_ALPHABET}]{5}$`));
    expect(code).not.toMatch(/[01ILOU]/);
  });

  it('carries at least 40 bits', () => {
    expect(10 * Math.log2(INVITE_ALPHABET.length)).toBeGreaterThanOrEqual(40);
  });

  it('differs each time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => InviteCode.generate((n) => randomBytes(n)).value));
    expect(codes.size).toBe(200);
  });

  it('reads what a person typed, in any case, with spaces or dashes', () => {
    expect(InviteCode.parse(' k7rd9 pxm4h ').value).toBe('K7RD9-PXM4H');
    expect(InviteCode.parse('K7RD9PXM4H').value).toBe('K7RD9-PXM4H');
  });

  it('says which character no code uses, and where', () => {
    expect(() => InviteCode.parse('K7RD9-PXM4o')).toThrow(
      new InvalidInviteCodeError(
        'An invitation code has no “o” (character 10): it uses the digits 2 to 9 and the letters A to Z except I, L, O and U.',
      ),
    );
    expect(() => InviteCode.parse('K7RD9/PXM4H')).toThrow(/no “\/” \(character 6\)/);
    expect(() => InviteCode.parse('K7RD9-PXM4🎸')).toThrow(/no “🎸” \(character 10\)/);
  });

  it('says how long a code is when the length is wrong', () => {
    expect(() => InviteCode.parse('K7RD9-PXM4')).toThrow(
      'An invitation code has 10 characters (dashes and spaces aside); this one has 9.',
    );
    expect(() => InviteCode.parse('')).toThrow(/this one has 0/);
  });

  it('names the request field it was read from', () => {
    let error: unknown;
    try {
      InviteCode.parse('K7', 'code');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'BANDS.INVALID_INVITE_CODE', kind: 'invalid', field: 'code' });
  });
});
