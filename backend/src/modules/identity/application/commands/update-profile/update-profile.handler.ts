import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DisplayName } from '../../../domain/display-name.js';
import { MEMBER_BANDS_READER, type MemberBandsReader } from '../../ports/member-bands.reader.js';
import { USER_REPOSITORY, type UserRepository } from '../../ports/user.repository.js';
import type { MeView } from '../../queries/get-me/me.view.js';
import { loadActingUser } from '../../user-loader.js';
import { UpdateProfileCommand } from './update-profile.command.js';

@CommandHandler(UpdateProfileCommand)
export class UpdateProfileHandler implements ICommandHandler<UpdateProfileCommand> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(MEMBER_BANDS_READER) private readonly bands: MemberBandsReader,
  ) {}

  /** Answers with the profile as GET /api/me shows it: the user just saved, and their bands. */
  async execute({ userId, changes }: UpdateProfileCommand): Promise<MeView> {
    const user = await loadActingUser(this.users, userId);
    if (changes.displayName !== undefined) user.rename(DisplayName.of(changes.displayName));
    if (changes.preferences) user.changePreferences(changes.preferences);
    const [, bands] = await Promise.all([this.users.save(user), this.bands.bandsOf(userId)]);
    const { id, username, displayName, preferences } = user;
    return { id, username, displayName, preferences, ...bands };
  }
}
