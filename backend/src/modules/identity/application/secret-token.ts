import { createHash, randomBytes } from 'node:crypto';

/** An opaque 256-bit token (session cookie, password reset link); only its hash is stored. */
export function generateSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
