import { DomainError } from '../../../shared/domain/domain-error.js';

export class OriginalDatabaseNotFoundError extends DomainError {
  readonly code = 'IMPORTS.FILE_NOT_FOUND';
  readonly kind = 'not-found';
  constructor(path: string) {
    super(`There is no file at ${path}.`);
  }
}

export class NotAnOriginalDatabaseError extends DomainError {
  readonly code = 'IMPORTS.NOT_AN_ORIGINAL_DATABASE';
  readonly kind = 'invalid';
  constructor(path: string, reason: string) {
    super(`${path} is not a database of the original BandTrack: ${reason}.`);
  }
}
