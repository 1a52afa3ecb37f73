import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetBandQuery, ListMembersQuery, ListMyBandsQuery } from '../../../bands/public-api.js';
import type { BandDirectory, BandMember, MemberBand } from '../../application/ports/band-directory.js';

/** The bands context's answers, asked on the query bus as the viewer (who is a member). */
@Injectable()
export class QueryBusBandDirectory implements BandDirectory {
  constructor(private readonly queryBus: QueryBus) {}

  async timeZoneOf(viewerId: string, bandId: string): Promise<string> {
    return (await this.queryBus.execute(new GetBandQuery(viewerId, bandId))).timezone;
  }

  async membersOf(viewerId: string, bandId: string): Promise<BandMember[]> {
    const members = await this.queryBus.execute(new ListMembersQuery(viewerId, bandId));
    return members.map(({ userId, displayName }) => ({ userId, displayName }));
  }

  async bandsOf(userId: string): Promise<MemberBand[]> {
    const bands = await this.queryBus.execute(new ListMyBandsQuery(userId));
    return bands.map(({ id, name }) => ({ id, name }));
  }
}
