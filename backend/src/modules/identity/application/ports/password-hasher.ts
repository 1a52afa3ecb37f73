/** A PBKDF2-HMAC-SHA256 hash made by another application, with the salt and cost it used. */
export interface ForeignPbkdf2Hash {
  iterations: number;
  salt: Uint8Array;
  hash: Uint8Array;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** Constant-time comparison; false for any malformed stored hash. */
  verify(password: string, storedHash: string): Promise<boolean>;
  /** Whether a stored hash is weaker than what `hash` makes today: it is replaced at the next sign-in. */
  needsRehash(storedHash: string): boolean;
  /** The stored form of a hash made elsewhere, which `verify` then checks as it is (an import). */
  adopt(foreign: ForeignPbkdf2Hash): string;
  /** A valid hash of nothing anyone knows, verified when the username is unknown so both cost the same. */
  readonly decoyHash: Promise<string>;
}

export const PASSWORD_HASHER = Symbol('PasswordHasher');
