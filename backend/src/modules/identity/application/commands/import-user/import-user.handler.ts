import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { newId } from '../../../../../shared/application/ids.js';
import { DomainError } from '../../../../../shared/domain/domain-error.js';
import { DisplayName } from '../../../domain/display-name.js';
import { User } from '../../../domain/user.js';
import { Username } from '../../../domain/username.js';
import { PASSWORD_HASHER, type PasswordHasher } from '../../ports/password-hasher.js';
import { USER_REPOSITORY, type UserRepository } from '../../ports/user.repository.js';
import { type ImportedUser, ImportUserCommand } from './import-user.command.js';

/**
 * Adds an account made elsewhere: its username folded to these rules and numbered when taken
 * (`zoé` → `zoe`, then `zoe-2`), the original spelling kept as the display name, and the password
 * hash kept as it is, so the old password signs in (and is hashed again at today's cost then).
 */
@CommandHandler(ImportUserCommand)
export class ImportUserHandler implements ICommandHandler<ImportUserCommand> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    private readonly events: EventBus,
  ) {}

  async execute(command: ImportUserCommand): Promise<ImportedUser> {
    const username = await this.freeUsername(command.username);
    const user = User.register({
      id: newId(),
      username,
      displayName: displayName(command.username, username),
      passwordHash: this.hasher.adopt(command.passwordHash),
      now: command.createdAt,
    });
    await this.users.save(user);
    this.events.publishAll(user.pullEvents());
    return { userId: user.id, username: user.username };
  }

  private async freeUsername(original: string): Promise<Username> {
    for (let attempt = 1; ; attempt++) {
      const candidate = Username.folded(original, attempt);
      if (!(await this.users.findByUsername(candidate.value))) return candidate;
    }
  }
}

function displayName(original: string, username: Username): DisplayName {
  try {
    return DisplayName.of(original);
  } catch (error) {
    if (error instanceof DomainError) return DisplayName.of(username.value);
    throw error;
  }
}
