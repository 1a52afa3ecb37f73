export const PASSWORD_RESET_LIFETIME_MS = 60 * 60_000;

export interface PasswordResetState {
  id: string;
  userId: string;
  /** SHA-256 of the token in the link: the database alone does not yield a usable link. */
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

/** A one-time password reset link issued by the operator: valid one hour, used once. */
export class PasswordReset {
  private constructor(private readonly state: PasswordResetState) {}

  static issue(input: { id: string; userId: string; tokenHash: string; now: Date }): PasswordReset {
    return new PasswordReset({
      id: input.id,
      userId: input.userId,
      tokenHash: input.tokenHash,
      createdAt: input.now,
      expiresAt: new Date(input.now.getTime() + PASSWORD_RESET_LIFETIME_MS),
      usedAt: null,
    });
  }

  static restore(state: PasswordResetState): PasswordReset {
    return new PasswordReset({ ...state });
  }

  get id(): string {
    return this.state.id;
  }
  get userId(): string {
    return this.state.userId;
  }
  get expiresAt(): Date {
    return this.state.expiresAt;
  }

  isUsableAt(now: Date): boolean {
    return this.state.usedAt === null && now < this.state.expiresAt;
  }

  snapshot(): PasswordResetState {
    return { ...this.state };
  }
}
