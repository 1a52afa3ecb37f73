import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { InvalidCredentialsError } from '../../../domain/identity.errors.js';
import type { User } from '../../../domain/user.js';
import { AttemptLimiter } from '../../attempt-limiter.js';
import type { SignedIn } from '../../authenticated-session.js';
import { PASSWORD_HASHER, type PasswordHasher } from '../../ports/password-hasher.js';
import { USER_REPOSITORY, type UserRepository } from '../../ports/user.repository.js';
import { SessionOpener } from '../../session-opener.js';
import { LogInCommand } from './log-in.command.js';

@CommandHandler(LogInCommand)
export class LogInHandler implements ICommandHandler<LogInCommand> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly limiter: AttemptLimiter,
    private readonly sessions: SessionOpener,
  ) {}

  async execute(command: LogInCommand): Promise<SignedIn> {
    const now = this.clock.now();
    // Any string may be tried: the key is normalised like a username, never validated,
    // so a malformed name costs the same as a wrong password and reveals nothing.
    const usernameKey = command.username.trim().toLowerCase();
    await this.limiter.assertAllowed('login-username', usernameKey, now);
    await this.limiter.assertAllowed('login-address', command.clientAddress, now);

    const user = await this.users.findByUsername(usernameKey);
    const storedHash = user?.passwordHash ?? (await this.hasher.decoyHash);
    const passwordMatches = await this.hasher.verify(command.password, storedHash);
    if (!user || !passwordMatches) {
      await this.limiter.record('login-username', usernameKey, now);
      await this.limiter.record('login-address', command.clientAddress, now);
      throw new InvalidCredentialsError();
    }
    await this.strengthenHash(user, command.password);
    return this.sessions.open(user, now);
  }

  /**
   * A hash made at a lower cost (an older setting, an imported account) is made again at today's,
   * now that the password is known. A password change landing meanwhile wins: its hash stays, and
   * the session opener then refuses the password just checked.
   */
  private async strengthenHash(user: User, password: string): Promise<void> {
    const checkedHash = user.passwordHash;
    if (!this.hasher.needsRehash(checkedHash)) return;
    user.strengthenPasswordHash(await this.hasher.hash(password));
    if (!(await this.users.savePasswordHash(user, checkedHash))) user.strengthenPasswordHash(checkedHash);
  }
}
