export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** Constant-time comparison; false for any malformed stored hash. */
  verify(password: string, storedHash: string): Promise<boolean>;
  /** A valid hash of nothing anyone knows, verified when the username is unknown so both cost the same. */
  readonly decoyHash: Promise<string>;
}

export const PASSWORD_HASHER = Symbol('PasswordHasher');
