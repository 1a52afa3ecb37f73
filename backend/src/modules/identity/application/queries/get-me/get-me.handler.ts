import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotAuthenticatedError } from '../../../domain/identity.errors.js';
import { USER_PROFILE_READER, type UserProfileReader, type UserProfileView } from '../../ports/user-profile.reader.js';
import { GetMeQuery } from './get-me.query.js';

@QueryHandler(GetMeQuery)
export class GetMeHandler implements IQueryHandler<GetMeQuery> {
  constructor(@Inject(USER_PROFILE_READER) private readonly profiles: UserProfileReader) {}

  async execute(query: GetMeQuery): Promise<UserProfileView> {
    const profile = await this.profiles.findProfile(query.userId);
    if (!profile) throw new NotAuthenticatedError();
    return profile;
  }
}
