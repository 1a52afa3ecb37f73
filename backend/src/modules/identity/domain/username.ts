import { InvalidUsernameError } from './identity.errors.js';

const USERNAME = /^[a-z0-9._-]{3,32}$/;
const MIN_LENGTH = 3;
const MAX_LENGTH = 32;
/** Letters that have no accent to drop but a usual spelling in plain Latin letters. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ø: 'o', ß: 'ss', ł: 'l', đ: 'd', þ: 'th' };

/** A login name, unique without regard to case: it is kept in lowercase. */
export class Username {
  private constructor(readonly value: string) {}

  static of(raw: string): Username {
    const value = raw.trim().toLowerCase();
    if (!USERNAME.test(value)) throw new InvalidUsernameError();
    return new Username(value);
  }

  /**
   * The nearest name these rules accept, for a name made under other rules (an import): accents
   * dropped (`Zoé` → `zoe`, `Cœur` → `coeur`), any other character refused becomes `-`, a name too
   * short is completed with `-1`, one too long is cut. `attempt` 2, 3... gives `zoe-2`, `zoe-3` for a
   * name already taken.
   */
  static folded(raw: string, attempt = 1): Username {
    const base =
      raw
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[œæøßłđþ]/g, (letter) => LIGATURES[letter]!)
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'user';
    const suffix = attempt > 1 ? `-${attempt}` : base.length < MIN_LENGTH ? '-1' : '';
    return Username.of(base.slice(0, MAX_LENGTH - suffix.length) + suffix);
  }
}
