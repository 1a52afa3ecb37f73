import { Query } from '@nestjs/cqrs';
import type { UserProfileView } from '../../ports/user-profile.reader.js';

export class GetMeQuery extends Query<UserProfileView> {
  constructor(readonly userId: string) {
    super();
  }
}
