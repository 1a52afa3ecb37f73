import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { newId } from '../../../../../shared/application/ids.js';
import { DisplayName } from '../../../domain/display-name.js';
import { UsernameTakenError } from '../../../domain/identity.errors.js';
import { assertAcceptablePassword } from '../../../domain/password-policy.js';
import { User } from '../../../domain/user.js';
import { Username } from '../../../domain/username.js';
import { AttemptLimiter } from '../../attempt-limiter.js';
import type { SignedIn } from '../../authenticated-session.js';
import { PASSWORD_HASHER, type PasswordHasher } from '../../ports/password-hasher.js';
import { USER_REPOSITORY, type UserRepository } from '../../ports/user.repository.js';
import { SessionOpener } from '../../session-opener.js';
import { RegisterUserCommand } from './register-user.command.js';

@CommandHandler(RegisterUserCommand)
export class RegisterUserHandler implements ICommandHandler<RegisterUserCommand> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly limiter: AttemptLimiter,
    private readonly sessions: SessionOpener,
    private readonly events: EventBus,
  ) {}

  async execute(command: RegisterUserCommand): Promise<SignedIn> {
    const now = this.clock.now();
    await this.limiter.assertAllowed('register-address', command.clientAddress, now);
    await this.limiter.record('register-address', command.clientAddress, now);

    const username = Username.of(command.username);
    const displayName = command.displayName === undefined ? undefined : DisplayName.of(command.displayName);
    assertAcceptablePassword(command.password);
    if (await this.users.findByUsername(username.value)) throw new UsernameTakenError();

    const user = User.register({
      id: newId(),
      username,
      displayName,
      passwordHash: await this.hasher.hash(command.password),
      now,
    });
    await this.users.save(user);
    this.events.publishAll(user.pullEvents());
    return this.sessions.open(user, now);
  }
}
