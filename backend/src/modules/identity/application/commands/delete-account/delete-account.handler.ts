import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { UNIT_OF_WORK, type UnitOfWork } from '../../../../../shared/application/unit-of-work.js';
import { WrongPasswordError } from '../../../domain/identity.errors.js';
import { ACCOUNT_DELETION_POLICY, type AccountDeletionPolicy } from '../../ports/account-deletion-policy.js';
import { PASSWORD_HASHER, type PasswordHasher } from '../../ports/password-hasher.js';
import { SESSION_REPOSITORY, type SessionRepository } from '../../ports/session.repository.js';
import { USER_REPOSITORY, type UserRepository } from '../../ports/user.repository.js';
import { loadActingUser } from '../../user-loader.js';
import { DeleteAccountCommand } from './delete-account.command.js';

/** Deletes the account once every context has let go of the user (a band must keep an admin). */
@CommandHandler(DeleteAccountCommand)
export class DeleteAccountHandler implements ICommandHandler<DeleteAccountCommand> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(ACCOUNT_DELETION_POLICY) private readonly policy: AccountDeletionPolicy,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
    private readonly events: EventBus,
  ) {}

  async execute(command: DeleteAccountCommand): Promise<void> {
    const user = await loadActingUser(this.users, command.userId);
    if (!(await this.hasher.verify(command.password, user.passwordHash))) {
      throw new WrongPasswordError('password');
    }
    const released = await this.unitOfWork.run(async () => {
      const events = await this.policy.releaseUser(user.id);
      await this.sessions.deleteAllOfUser(user.id);
      await this.users.delete(user.id);
      return events;
    });
    user.markDeleted();
    this.events.publishAll([...released, ...user.pullEvents()]);
  }
}
