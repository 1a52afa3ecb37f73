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

  /** Reads what a person typed: any case, spaces or dashes anywhere. Null when it cannot be a code. */
  static parse(raw: string): InviteCode | null {
    const symbols = raw.toUpperCase().replace(/[\s-]/g, '');
    if (symbols.length !== LENGTH || [...symbols].some((symbol) => !INVITE_ALPHABET.includes(symbol))) return null;
    return new InviteCode(`${symbols.slice(0, 5)}-${symbols.slice(5)}`);
  }
}
