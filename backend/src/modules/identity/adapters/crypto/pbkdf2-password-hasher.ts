import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { PasswordHasher } from '../../application/ports/password-hasher.js';

const pbkdf2Async = promisify(pbkdf2);
const SCHEME = 'pbkdf2_sha256';
const SALT_BYTES = 16;
const KEY_BYTES = 32;

/**
 * PBKDF2-HMAC-SHA256 from node:crypto, stored as `pbkdf2_sha256$<iterations>$<salt>$<hash>` (base64)
 * so the cost can rise: old hashes keep verifying with the iterations they were made with.
 */
export class Pbkdf2PasswordHasher implements PasswordHasher {
  readonly decoyHash: Promise<string>;

  constructor(private readonly iterations: number) {
    this.decoyHash = this.hash(randomBytes(24).toString('base64'));
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await pbkdf2Async(password, salt, this.iterations, KEY_BYTES, 'sha256');
    return [SCHEME, this.iterations, salt.toString('base64'), key.toString('base64')].join('$');
  }

  async verify(password: string, storedHash: string): Promise<boolean> {
    const [scheme, iterationsText, saltText, keyText] = storedHash.split('$');
    const iterations = Number(iterationsText);
    if (scheme !== SCHEME || !Number.isInteger(iterations) || iterations < 1 || !saltText || !keyText) return false;
    const expected = Buffer.from(keyText, 'base64');
    const actual = await pbkdf2Async(password, Buffer.from(saltText, 'base64'), iterations, expected.length, 'sha256');
    return timingSafeEqual(actual, expected);
  }
}
