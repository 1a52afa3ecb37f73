import { createHash, randomBytes } from 'node:crypto';

const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * An opaque 256-bit token (session cookie, password reset link, calendar feed URL), URL-safe; only its
 * hash is stored.
 */
export function generateSecretToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** What generateSecretToken() gives: 43 base64url characters. Anything else needs no look-up. */
export function isSecretTokenShaped(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}
