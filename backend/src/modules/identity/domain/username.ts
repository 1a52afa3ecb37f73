import { InvalidUsernameError } from './identity.errors.js';

const USERNAME = /^[a-z0-9._-]{3,32}$/;

/** A login name, unique without regard to case: it is kept in lowercase. */
export class Username {
  private constructor(readonly value: string) {}

  static of(raw: string): Username {
    const value = raw.trim().toLowerCase();
    if (!USERNAME.test(value)) throw new InvalidUsernameError();
    return new Username(value);
  }
}
