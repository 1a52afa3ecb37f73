/**
 * Before an account is deleted, the contexts that hold the user let go of them — or refuse, by
 * throwing a DomainError (a band would be left without an admin). Runs in the deletion's transaction
 * and answers the events of that letting go (the user left each band), published once it commits.
 */
export interface AccountDeletionPolicy {
  releaseUser(userId: string): Promise<readonly object[]>;
}

export const ACCOUNT_DELETION_POLICY = Symbol('AccountDeletionPolicy');
