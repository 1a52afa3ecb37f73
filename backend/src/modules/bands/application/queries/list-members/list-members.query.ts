import { Query } from '@nestjs/cqrs';
import type { MemberView } from '../../ports/bands.reader.js';

export class ListMembersQuery extends Query<MemberView[]> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
  ) {
    super();
  }
}
