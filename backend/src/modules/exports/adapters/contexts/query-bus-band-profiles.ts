import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetBandQuery } from '../../../bands/public-api.js';
import type { BandProfile, BandProfiles } from '../../application/ports/band-profiles.js';

/** The bands context's answer, asked on the query bus as the viewer. */
@Injectable()
export class QueryBusBandProfiles implements BandProfiles {
  constructor(private readonly queryBus: QueryBus) {}

  async profileOf(viewerId: string, bandId: string): Promise<BandProfile> {
    const { name, language, timezone } = await this.queryBus.execute(new GetBandQuery(viewerId, bandId));
    return { name, language, timeZone: timezone };
  }
}
