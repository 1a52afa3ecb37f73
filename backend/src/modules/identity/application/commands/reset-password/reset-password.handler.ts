import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { UNIT_OF_WORK, type UnitOfWork } from '../../../../../shared/application/unit-of-work.js';
import {
  PasswordChangedMeanwhileError,
  ResetTokenInvalidError,
  SamePasswordError,
} from '../../../domain/identity.errors.js';
import { assertAcceptablePassword } from '../../../domain/password-policy.js';
import { AttemptLimiter } from '../../attempt-limiter.js';
import { PASSWORD_HASHER, type PasswordHasher } from '../../ports/password-hasher.js';
import { PASSWORD_RESET_REPOSITORY, type PasswordResetRepository } from '../../ports/password-reset.repository.js';
import { SESSION_REPOSITORY, type SessionRepository } from '../../ports/session.repository.js';
import { USER_REPOSITORY, type UserRepository } from '../../ports/user.repository.js';
import { hashSecretToken } from '../../secret-token.js';
import { ResetPasswordCommand } from './reset-password.command.js';

/**
 * Sets a new password from a one-time link and signs the user out everywhere. A bad, used or expired
 * token counts against the client address; the link is used up only when the password changes.
 */
@CommandHandler(ResetPasswordCommand)
export class ResetPasswordHandler implements ICommandHandler<ResetPasswordCommand> {
  constructor(
    @Inject(PASSWORD_RESET_REPOSITORY) private readonly resets: PasswordResetRepository,
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly limiter: AttemptLimiter,
    private readonly events: EventBus,
  ) {}

  async execute(command: ResetPasswordCommand): Promise<void> {
    const now = this.clock.now();
    await this.limiter.assertAllowed('password-reset-address', command.clientAddress, now);
    assertAcceptablePassword(command.newPassword, 'newPassword');
    const reset = await this.resets.findByTokenHash(hashSecretToken(command.token));
    const user = reset?.isUsableAt(now) ? await this.users.findById(reset.userId) : null;
    if (!reset || !user) {
      await this.limiter.record('password-reset-address', command.clientAddress, now);
      throw new ResetTokenInvalidError();
    }
    const checkedHash = user.passwordHash;
    if (await this.hasher.verify(command.newPassword, checkedHash)) throw new SamePasswordError();
    user.changePasswordHash(await this.hasher.hash(command.newPassword));
    await this.unitOfWork.run(async () => {
      // Two tabs sending the same link at once: only one of them gets to use it.
      if (!(await this.resets.markUsed(reset.id, now))) throw new ResetTokenInvalidError();
      // A password change landing since the check: roll back, the link stays usable.
      if (!(await this.users.savePasswordHash(user, checkedHash))) throw new PasswordChangedMeanwhileError();
      await this.sessions.deleteAllOfUser(user.id);
    });
    this.events.publishAll(user.pullEvents());
  }
}
