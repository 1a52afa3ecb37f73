import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { UNIT_OF_WORK, type UnitOfWork } from '../../../../../shared/application/unit-of-work.js';
import { SamePasswordError, WrongPasswordError } from '../../../domain/identity.errors.js';
import { assertAcceptablePassword } from '../../../domain/password-policy.js';
import { PASSWORD_HASHER, type PasswordHasher } from '../../ports/password-hasher.js';
import { SESSION_REPOSITORY, type SessionRepository } from '../../ports/session.repository.js';
import { USER_REPOSITORY, type UserRepository } from '../../ports/user.repository.js';
import { loadActingUser } from '../../user-loader.js';
import { ChangePasswordCommand } from './change-password.command.js';

/**
 * Changes the password and signs out every other device, in one unit of work; the current device
 * stays signed in. The slow hashing happens before the unit, which then writes the new hash only if
 * the stored one is still the hash the current password was checked against: of two changes racing,
 * the second finds its current password stale, as if it had come after.
 */
@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
    private readonly events: EventBus,
  ) {}

  async execute(command: ChangePasswordCommand): Promise<void> {
    const user = await loadActingUser(this.users, command.userId);
    assertAcceptablePassword(command.newPassword, 'newPassword');
    const checkedHash = user.passwordHash;
    if (!(await this.hasher.verify(command.currentPassword, checkedHash))) {
      throw new WrongPasswordError('currentPassword');
    }
    if (command.newPassword === command.currentPassword) throw new SamePasswordError();
    user.changePasswordHash(await this.hasher.hash(command.newPassword));
    await this.unitOfWork.run(async () => {
      if (!(await this.users.savePasswordHash(user, checkedHash))) throw new WrongPasswordError('currentPassword');
      await this.sessions.deleteAllOfUser(user.id, command.sessionId);
    });
    this.events.publishAll(user.pullEvents());
  }
}
