import type { User } from '../domain/user.js';
import { NotAuthenticatedError } from '../domain/identity.errors.js';
import type { UserRepository } from './ports/user.repository.js';

/** The acting user of a valid session always exists; if not, the account is gone and the session with it. */
export async function loadActingUser(users: UserRepository, userId: string): Promise<User> {
  const user = await users.findById(userId);
  if (!user) throw new NotAuthenticatedError();
  return user;
}
