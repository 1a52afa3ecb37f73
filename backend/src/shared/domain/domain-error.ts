/**
 * What kind of refusal a domain error is. The HTTP layer maps each kind to one status;
 * the domain never speaks HTTP.
 */
export type DomainErrorKind =
  | 'invalid' // the input breaks a rule of a value object (400)
  | 'unauthenticated' // no valid identity (401)
  | 'forbidden' // known identity, missing right (403)
  | 'not-found' // unknown, or not visible to the caller (404)
  | 'conflict' // clashes with the current state (409)
  | 'refused' // a rule of the domain refused it (422)
  | 'rate-limited'; // too many attempts (429)

export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;
  /** The request field the error is about, when there is one. */
  readonly field?: string;

  constructor(message: string, field?: string) {
    super(message);
    this.name = new.target.name;
    this.field = field;
  }
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  readonly kind = 'rate-limited';

  constructor(readonly retryAfterSeconds: number) {
    super('Too many attempts. Try again later.');
  }
}
