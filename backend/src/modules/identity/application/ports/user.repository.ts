import type { User } from '../../domain/user.js';

export interface UserRepository {
  findById(id: string): Promise<User | null>;
  findByUsername(username: string): Promise<User | null>;
  /**
   * Inserts a new user, or writes an existing one's profile; never an existing user's password hash,
   * which only `savePasswordHash` changes (a profile edit racing a password change cannot undo it).
   * Throws UsernameTakenError when another user holds the username.
   */
  save(user: User): Promise<void>;
  /**
   * Writes the user's new password hash, and only that, if the stored hash is still `previousHash`
   * (compare-and-set): false, and nothing written, when another change got there first.
   */
  savePasswordHash(user: User, previousHash: string): Promise<boolean>;
  delete(id: string): Promise<void>;
}

export const USER_REPOSITORY = Symbol('UserRepository');
