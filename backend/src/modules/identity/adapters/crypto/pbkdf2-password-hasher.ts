import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { ForeignPbkdf2Hash, PasswordHasher } from '../../application/ports/password-hasher.js';

const pbkdf2Async = promisify(pbkdf2);
const SCHEME = 'pbkdf2_sha256';
const SALT_BYTES = 16;
const KEY_BYTES = 32;

/**
 * PBKDF2-HMAC-SHA256 from node:crypto, stored as `pbkdf2_sha256$<iterations>$<salt>$<hash>` (base64)
 * so the cost can rise: old hashes keep verifying with the iterations they were made with, and are
 * made again at today's cost at the next sign-in (`needsRehash`).
 */
export class Pbkdf2PasswordHasher implements PasswordHasher {
  readonly decoyHash: Promise<string>;

  constructor(private readonly iterations: number) {
    this.decoyHash = this.hash(randomBytes(24).toString('base64'));
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await pbkdf2Async(password, salt, this.iterations, KEY_BYTES, 'sha256');
    return this.adopt({ iterations: this.iterations, salt, hash: key });
  }

  async verify(password: string, storedHash: string): Promise<boolean> {
    const parsed = parse(storedHash);
    if (!parsed) return false;
    const actual = await pbkdf2Async(password, parsed.salt, parsed.iterations, parsed.hash.length, 'sha256');
    return timingSafeEqual(actual, parsed.hash);
  }

  needsRehash(storedHash: string): boolean {
    const parsed = parse(storedHash);
    return !parsed || parsed.iterations < this.iterations || parsed.salt.length < SALT_BYTES;
  }

  adopt({ iterations, salt, hash }: ForeignPbkdf2Hash): string {
    return [SCHEME, iterations, Buffer.from(salt).toString('base64'), Buffer.from(hash).toString('base64')].join('$');
  }
}

function parse(storedHash: string): { iterations: number; salt: Buffer; hash: Buffer } | null {
  const [scheme, iterationsText, saltText, hashText] = storedHash.split('$');
  const iterations = Number(iterationsText);
  if (scheme !== SCHEME || !Number.isInteger(iterations) || iterations < 1 || !saltText || !hashText) return null;
  return { iterations, salt: Buffer.from(saltText, 'base64'), hash: Buffer.from(hashText, 'base64') };
}
