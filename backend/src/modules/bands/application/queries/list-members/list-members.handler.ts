import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BandAccess } from '../../band-access.js';
import { BANDS_READER, type BandsReader, type MemberView } from '../../ports/bands.reader.js';
import { ListMembersQuery } from './list-members.query.js';

@QueryHandler(ListMembersQuery)
export class ListMembersHandler implements IQueryHandler<ListMembersQuery> {
  constructor(
    @Inject(BANDS_READER) private readonly reader: BandsReader,
    private readonly access: BandAccess,
  ) {}

  async execute(query: ListMembersQuery): Promise<MemberView[]> {
    await this.access.require(query.userId, query.bandId, 'member');
    return this.reader.members(query.bandId);
  }
}
