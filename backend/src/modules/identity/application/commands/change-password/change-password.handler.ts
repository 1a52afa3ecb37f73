import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { WrongPasswordError } from '../../../domain/identity.errors.js';
import { assertAcceptablePassword } from '../../../domain/password-policy.js';
import { PASSWORD_HASHER, type PasswordHasher } from '../../ports/password-hasher.js';
import { SESSION_REPOSITORY, type SessionRepository } from '../../ports/session.repository.js';
import { USER_REPOSITORY, type UserRepository } from '../../ports/user.repository.js';
import { loadActingUser } from '../../user-loader.js';
import { ChangePasswordCommand } from './change-password.command.js';

/** Changes the password and signs out every other device; the current one stays signed in. */
@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    private readonly events: EventBus,
  ) {}

  async execute(command: ChangePasswordCommand): Promise<void> {
    const user = await loadActingUser(this.users, command.userId);
    assertAcceptablePassword(command.newPassword, 'newPassword');
    if (!(await this.hasher.verify(command.currentPassword, user.passwordHash))) {
      throw new WrongPasswordError('currentPassword');
    }
    user.changePasswordHash(await this.hasher.hash(command.newPassword));
    await this.users.save(user);
    await this.sessions.deleteAllOfUser(user.id, command.sessionId);
    this.events.publishAll(user.pullEvents());
  }
}
