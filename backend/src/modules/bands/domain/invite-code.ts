import { InvalidInviteCodeError } from './bands.errors.js';

/**
 * Invitation codes: 10 symbols out of 30 that cannot be confused when read aloud or typed on a phone
 * (no 0/O, 1/I/L, U), about 49 bits, shown as two groups of five: `K7RD9-PXM4H`.
 */
export const INVITE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

export class InviteCode {
  private constructor(readonly value: string) {}

  /** `randomBytes` returns n uniformly random bytes (crypto-strong in production). */
  static generate(randomBytes: (n: number) => Uint8Array): InviteCode {
    let code = '';
    // Rejection sampling keeps every symbol equally likely.
    const limit = 256 - (256 % INVITE_ALPHABET.length);
    while (code.length < LENGTH) {
      for (const byte of randomBytes(LENGTH * 2)) {
        if (byte < limit && code.length < LENGTH) code += INVITE_ALPHABET[byte % INVITE_ALPHABET.length];
      }
    }
    return new InviteCode(`${code.slice(0, 5)}-${code.slice(5)}`);
  }

  /**
   * Reads what a person typed: any case, spaces or dashes anywhere. Anything else is refused with
   * the reason: the first character that no code uses, or the length.
   */
  static parse(raw: string, field = 'inviteCode'): InviteCode {
    const symbols = [...raw.replace(/[\s-]/g, '')];
    const position = symbols.findIndex((symbol) => !INVITE_ALPHABET.includes(symbol.toUpperCase()));
    if (position >= 0) {
      throw new InvalidInviteCodeError(
        `An invitation code has no “${symbols[position]}” (character ${position + 1}): it uses the digits 2 to 9 ` +
          'and the letters A to Z except I, L, O and U.',
        field,
      );
    }
    if (symbols.length !== LENGTH) {
      throw new InvalidInviteCodeError(
        `An invitation code has ${LENGTH} characters (dashes and spaces aside); this one has ${symbols.length}.`,
        field,
      );
    }
    const value = symbols.join('').toUpperCase();
    return new InviteCode(`${value.slice(0, 5)}-${value.slice(5)}`);
  }
}
