/** The server's invitation code alphabet: no 0/O, 1/I/L, U (API.md, bands). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

/**
 * What a person typed or a link carried, as the server reads it: any case, spaces and dashes
 * anywhere. `K7RD9-PXM4H`, or null when it cannot be a code.
 */
export function normalizeInviteCode(raw: string | null | undefined): string | null {
  const symbols = (raw ?? '').toUpperCase().replace(/[\s-]/g, '');
  if (symbols.length !== LENGTH || [...symbols].some((symbol) => !ALPHABET.includes(symbol))) return null;
  return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
}

/** The link that joins the band in one tap (route /join/:code). */
export function inviteLink(origin: string, code: string): string {
  return `${origin}/join/${encodeURIComponent(code)}`;
}
