/** The server's invitation code alphabet: no 0/O, 1/I/L, U (API.md, bands). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

/**
 * Why something cannot be a code, as the server words it (BANDS.INVALID_INVITE_CODE): the first
 * character no code uses and its position (dashes and spaces aside), else the length.
 */
export type InviteCodeProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'character'; readonly character: string; readonly position: number }
  | { readonly kind: 'length'; readonly length: number };

/** What a person typed or a link carried, read as the server reads it: any case, spaces and dashes anywhere. */
export function readInviteCode(raw: string | null | undefined): { code: string } | { problem: InviteCodeProblem } {
  const symbols = [...(raw ?? '').replace(/[\s-]/g, '')];
  if (symbols.length === 0) return { problem: { kind: 'empty' } };
  const position = symbols.findIndex((symbol) => !ALPHABET.includes(symbol.toUpperCase()));
  if (position >= 0) return { problem: { kind: 'character', character: symbols[position]!, position: position + 1 } };
  if (symbols.length !== LENGTH) return { problem: { kind: 'length', length: symbols.length } };
  const value = symbols.join('').toUpperCase();
  return { code: `${value.slice(0, 5)}-${value.slice(5)}` };
}

/** `K7RD9-PXM4H`, or null when it cannot be a code. */
export function normalizeInviteCode(raw: string | null | undefined): string | null {
  const read = readInviteCode(raw);
  return 'code' in read ? read.code : null;
}

/** The link that joins the band in one tap (route /join/:code). */
export function inviteLink(origin: string, code: string): string {
  return `${origin}/join/${encodeURIComponent(code)}`;
}
