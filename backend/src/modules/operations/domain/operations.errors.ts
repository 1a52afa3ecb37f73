import { DomainError } from '../../../shared/domain/domain-error.js';

export class AdminsOnlyError extends DomainError {
  readonly code = 'OPERATIONS.ADMINS_ONLY';
  readonly kind = 'forbidden';

  constructor() {
    super('Only the admin of a band sees the backups.');
  }
}
