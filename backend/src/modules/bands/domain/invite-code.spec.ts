import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
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
    expect(InviteCode.parse(' k7rd9 pxm4h ')?.value).toBe('K7RD9-PXM4H');
    expect(InviteCode.parse('K7RD9PXM4H')?.value).toBe('K7RD9-PXM4H');
    expect(InviteCode.parse('K7RD9-PXM4')).toBeNull();
    expect(InviteCode.parse('O7RD9-PXM4H')).toBeNull();
  });
});
