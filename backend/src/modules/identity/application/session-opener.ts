import { Inject, Injectable } from '@nestjs/common';
import { newId } from '../../../shared/application/ids.js';
import { InvalidCredentialsError } from '../domain/identity.errors.js';
import { Session } from '../domain/session.js';
import type { User } from '../domain/user.js';
import type { SignedIn } from './authenticated-session.js';
import { SESSION_REPOSITORY, type SessionRepository } from './ports/session.repository.js';
import { generateSecretToken, hashSecretToken } from './secret-token.js';

/**
 * Opens a session with a fresh token for a user whose password was just checked: used by
 * registration and login alike, which answer with what it returns. A password change that lands meanwhile wins: the password checked
 * is no longer the user's, so no session opens.
 */
@Injectable()
export class SessionOpener {
  constructor(@Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository) {}

  async open(user: User, now: Date): Promise<SignedIn> {
    const token = generateSecretToken();
    const session = Session.open({ id: newId(), userId: user.id, tokenHash: hashSecretToken(token), now });
    await this.sessions.deleteExpiredOfUser(user.id, now);
    if (!(await this.sessions.addIfPasswordUnchanged(session, user.passwordHash))) {
      throw new InvalidCredentialsError();
    }
    return {
      userId: user.id,
      token,
      expiresAt: session.absoluteExpiresAt,
      user: { id: user.id, username: user.username, displayName: user.displayName },
    };
  }
}
