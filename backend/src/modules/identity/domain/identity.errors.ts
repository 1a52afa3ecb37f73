import { DomainError } from '../../../shared/domain/domain-error.js';

export class InvalidUsernameError extends DomainError {
  readonly code = 'IDENTITY.INVALID_USERNAME';
  readonly kind = 'invalid';
  constructor() {
    super('A username has 3 to 32 characters: lowercase letters, digits, dot, underscore or hyphen.', 'username');
  }
}

export class InvalidDisplayNameError extends DomainError {
  readonly code = 'IDENTITY.INVALID_DISPLAY_NAME';
  readonly kind = 'invalid';
  constructor() {
    super('A display name has 1 to 64 characters, on one line, without control characters.', 'displayName');
  }
}

export class InvalidPasswordError extends DomainError {
  readonly code = 'IDENTITY.INVALID_PASSWORD';
  readonly kind = 'invalid';
  constructor(field = 'password') {
    super('A password has 8 to 128 characters.', field);
  }
}

export class UsernameTakenError extends DomainError {
  readonly code = 'IDENTITY.USERNAME_TAKEN';
  readonly kind = 'conflict';
  constructor() {
    super('This username is already taken.', 'username');
  }
}

export class InvalidCredentialsError extends DomainError {
  readonly code = 'IDENTITY.INVALID_CREDENTIALS';
  readonly kind = 'unauthenticated';
  constructor() {
    super('Wrong username or password.');
  }
}

export class NotAuthenticatedError extends DomainError {
  readonly code = 'IDENTITY.NOT_AUTHENTICATED';
  readonly kind = 'unauthenticated';
  constructor() {
    super('Sign in to continue.');
  }
}

export class WrongPasswordError extends DomainError {
  readonly code = 'IDENTITY.WRONG_PASSWORD';
  readonly kind = 'refused';
  constructor(field: string) {
    super('The password is wrong.', field);
  }
}

export class UserNotFoundError extends DomainError {
  readonly code = 'IDENTITY.USER_NOT_FOUND';
  readonly kind = 'not-found';
  constructor() {
    super('This user does not exist.');
  }
}

/** Unknown, used or expired: the three look the same from outside. */
export class ResetTokenInvalidError extends DomainError {
  readonly code = 'IDENTITY.RESET_TOKEN_INVALID';
  readonly kind = 'refused';
  constructor() {
    super(
      'This password reset link is not valid: it was used already, has expired, or is mistyped. Ask for a new one.',
      'token',
    );
  }
}

export class SamePasswordError extends DomainError {
  readonly code = 'IDENTITY.SAME_PASSWORD';
  readonly kind = 'refused';
  constructor() {
    super('The new password is the current one: choose another.', 'newPassword');
  }
}

export class PasswordChangedMeanwhileError extends DomainError {
  readonly code = 'IDENTITY.PASSWORD_CHANGED_MEANWHILE';
  readonly kind = 'conflict';
  constructor() {
    super('The password changed while the new one was being set: open the link again.');
  }
}
