import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DisplayName } from '../../../domain/display-name.js';
import { USER_REPOSITORY, type UserRepository } from '../../ports/user.repository.js';
import { loadActingUser } from '../../user-loader.js';
import { UpdateProfileCommand } from './update-profile.command.js';

@CommandHandler(UpdateProfileCommand)
export class UpdateProfileHandler implements ICommandHandler<UpdateProfileCommand> {
  constructor(@Inject(USER_REPOSITORY) private readonly users: UserRepository) {}

  async execute({ userId, changes }: UpdateProfileCommand): Promise<void> {
    const user = await loadActingUser(this.users, userId);
    if (changes.displayName !== undefined) user.rename(DisplayName.of(changes.displayName));
    if (changes.preferences) user.changePreferences(changes.preferences);
    await this.users.save(user);
  }
}
