import { Inject, Injectable } from '@nestjs/common';
import { newId } from '../../../shared/application/ids.js';
import { Session } from '../domain/session.js';
import type { OpenedSession } from './authenticated-session.js';
import { SESSION_REPOSITORY, type SessionRepository } from './ports/session.repository.js';
import { generateSessionToken, hashSessionToken } from './session-token.js';

/** Opens a session with a fresh token: used by registration and login alike. */
@Injectable()
export class SessionOpener {
  constructor(@Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository) {}

  async open(userId: string, now: Date): Promise<OpenedSession> {
    const token = generateSessionToken();
    const session = Session.open({ id: newId(), userId, tokenHash: hashSessionToken(token), now });
    await this.sessions.deleteExpiredOfUser(userId, now);
    await this.sessions.save(session);
    return { userId, token, expiresAt: session.absoluteExpiresAt };
  }
}
