import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { NotAuthenticatedError } from '../../../domain/identity.errors.js';
import type { Principal } from '../../authenticated-session.js';
import { SESSION_REPOSITORY, type SessionRepository } from '../../ports/session.repository.js';
import { hashSecretToken } from '../../secret-token.js';
import { AuthenticateSessionCommand } from './authenticate-session.command.js';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

@CommandHandler(AuthenticateSessionCommand)
export class AuthenticateSessionHandler implements ICommandHandler<AuthenticateSessionCommand> {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: AuthenticateSessionCommand): Promise<Principal> {
    if (!TOKEN.test(command.token)) throw new NotAuthenticatedError();
    const session = await this.sessions.findByTokenHash(hashSecretToken(command.token));
    const now = this.clock.now();
    if (!session) throw new NotAuthenticatedError();
    if (!session.isActiveAt(now)) {
      await this.sessions.delete(session.id);
      throw new NotAuthenticatedError();
    }
    if (session.touch(now)) await this.sessions.saveIdleExpiry(session);
    return { userId: session.userId, sessionId: session.id };
  }
}
