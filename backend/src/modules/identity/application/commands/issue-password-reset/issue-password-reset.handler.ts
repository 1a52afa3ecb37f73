import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { newId } from '../../../../../shared/application/ids.js';
import { UNIT_OF_WORK, type UnitOfWork } from '../../../../../shared/application/unit-of-work.js';
import { UserNotFoundError } from '../../../domain/identity.errors.js';
import { PasswordReset } from '../../../domain/password-reset.js';
import { PASSWORD_RESET_REPOSITORY, type PasswordResetRepository } from '../../ports/password-reset.repository.js';
import { USER_REPOSITORY, type UserRepository } from '../../ports/user.repository.js';
import { generateSecretToken, hashSecretToken } from '../../secret-token.js';
import { IssuePasswordResetCommand, type IssuedPasswordReset } from './issue-password-reset.command.js';

/** A one-time reset link for the user; any earlier link of theirs stops working. */
@CommandHandler(IssuePasswordResetCommand)
export class IssuePasswordResetHandler implements ICommandHandler<IssuePasswordResetCommand> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(PASSWORD_RESET_REPOSITORY) private readonly resets: PasswordResetRepository,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: IssuePasswordResetCommand): Promise<IssuedPasswordReset> {
    const user = await this.users.findByUsername(command.username.trim().toLowerCase());
    if (!user) throw new UserNotFoundError();
    const token = generateSecretToken();
    const reset = PasswordReset.issue({
      id: newId(),
      userId: user.id,
      tokenHash: hashSecretToken(token),
      now: this.clock.now(),
    });
    await this.unitOfWork.run(async () => {
      await this.resets.deleteAllOfUser(user.id);
      await this.resets.save(reset);
    });
    return { token, expiresAt: reset.expiresAt };
  }
}
