import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotAuthenticatedError } from '../../../domain/identity.errors.js';
import { MEMBER_BANDS_READER, type MemberBandsReader } from '../../ports/member-bands.reader.js';
import { USER_PROFILE_READER, type UserProfileReader } from '../../ports/user-profile.reader.js';
import { GetMeQuery } from './get-me.query.js';
import type { MeView } from './me.view.js';

@QueryHandler(GetMeQuery)
export class GetMeHandler implements IQueryHandler<GetMeQuery> {
  constructor(
    @Inject(USER_PROFILE_READER) private readonly profiles: UserProfileReader,
    @Inject(MEMBER_BANDS_READER) private readonly bands: MemberBandsReader,
  ) {}

  async execute(query: GetMeQuery): Promise<MeView> {
    const [profile, bands] = await Promise.all([
      this.profiles.findProfile(query.userId),
      this.bands.bandsOf(query.userId),
    ]);
    if (!profile) throw new NotAuthenticatedError();
    return { ...profile, ...bands };
  }
}
