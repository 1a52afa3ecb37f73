import type { PasswordReset } from '../../domain/password-reset.js';

export interface PasswordResetRepository {
  save(reset: PasswordReset): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<PasswordReset | null>;
  /**
   * Marks the reset used if it still is usable at `now`, in one atomic step: true for the one caller
   * that used it, false for any other (used meanwhile, expired, unknown).
   */
  markUsed(id: string, now: Date): Promise<boolean>;
  /** Forgets every reset of the user: a new link replaces the older ones. */
  deleteAllOfUser(userId: string): Promise<void>;
}

export const PASSWORD_RESET_REPOSITORY = Symbol('PasswordResetRepository');
