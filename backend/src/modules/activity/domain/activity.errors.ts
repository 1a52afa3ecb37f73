import { DomainError } from '../../../shared/domain/domain-error.js';

export class InvalidActivityCursorError extends DomainError {
  readonly code = 'ACTIVITY.INVALID_CURSOR';
  readonly kind = 'invalid';
  constructor() {
    super('This cursor is not one the activity log handed out: start again from the first page.', 'cursor');
  }
}
