import { describe, expect, it } from '@jest/globals';
import { PasswordReset } from './password-reset.js';

const now = new Date('2026-11-24T10:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('PasswordReset', () => {
  it('is usable for one hour after it was issued', () => {
    const reset = PasswordReset.issue({ id: 'r', userId: 'u', tokenHash: 'h', now });
    expect(reset.expiresAt).toEqual(later(60));
    expect(reset.isUsableAt(later(59))).toBe(true);
    expect(reset.isUsableAt(later(60))).toBe(false);
  });

  it('is not usable once used', () => {
    const reset = PasswordReset.restore({
      ...PasswordReset.issue({ id: 'r', userId: 'u', tokenHash: 'h', now }).snapshot(),
      usedAt: later(1),
    });
    expect(reset.isUsableAt(later(2))).toBe(false);
  });
});
