import { DomainError } from '../../../shared/domain/domain-error.js';

/** Unknown band, or one the caller is not a member of: the two look the same from outside. */
export class BandNotFoundError extends DomainError {
  readonly code = 'BANDS.BAND_NOT_FOUND';
  readonly kind = 'not-found';
  constructor() {
    super('This band does not exist or you are not one of its members.');
  }
}

export class InsufficientRoleError extends DomainError {
  readonly code = 'BANDS.INSUFFICIENT_ROLE';
  readonly kind = 'forbidden';
  constructor(readonly required: string) {
    super(`This needs the ${required} role in the band.`);
  }
}

export class MemberNotFoundError extends DomainError {
  readonly code = 'BANDS.MEMBER_NOT_FOUND';
  readonly kind = 'not-found';
  constructor() {
    super('This person is not a member of the band.');
  }
}

export class InviteCodeNotFoundError extends DomainError {
  readonly code = 'BANDS.INVITE_CODE_NOT_FOUND';
  readonly kind = 'not-found';
  constructor(field = 'inviteCode') {
    super('No band has this invitation code. Check it, or ask for a new one.', field);
  }
}

/** A code that cannot be one: the message says what is wrong with it. */
export class InvalidInviteCodeError extends DomainError {
  readonly code = 'BANDS.INVALID_INVITE_CODE';
  readonly kind = 'invalid';
}

export class LastAdminError extends DomainError {
  readonly code = 'BANDS.LAST_ADMIN';
  readonly kind = 'conflict';
  constructor() {
    super('A band keeps at least one admin: make another member admin first.');
  }
}

export class OwnRoleChangeError extends DomainError {
  readonly code = 'BANDS.OWN_ROLE';
  readonly kind = 'refused';
  constructor() {
    super('Nobody changes their own role: ask another admin.', 'role');
  }
}

export class InvalidBandSettingError extends DomainError {
  readonly code = 'BANDS.INVALID_SETTING';
  readonly kind = 'invalid';
}
