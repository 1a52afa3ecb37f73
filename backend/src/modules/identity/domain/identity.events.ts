export class UserRegistered {
  constructor(
    readonly userId: string,
    readonly username: string,
  ) {}
}

export class PasswordChanged {
  constructor(readonly userId: string) {}
}

/** A device signed out: its session is revoked. */
export class SignedOut {
  constructor(
    readonly userId: string,
    readonly sessionId: string,
  ) {}
}

export class AccountDeleted {
  constructor(readonly userId: string) {}
}

export type IdentityEvent = UserRegistered | PasswordChanged | AccountDeleted;
