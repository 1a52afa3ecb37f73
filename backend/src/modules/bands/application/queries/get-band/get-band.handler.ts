import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BandNotFoundError } from '../../../domain/bands.errors.js';
import { BandAccess } from '../../band-access.js';
import { bandDetailsFor } from '../../band-details.js';
import { BANDS_READER, type BandsReader } from '../../ports/bands.reader.js';
import { type BandDetails, GetBandQuery } from './get-band.query.js';

@QueryHandler(GetBandQuery)
export class GetBandHandler implements IQueryHandler<GetBandQuery> {
  constructor(
    @Inject(BANDS_READER) private readonly reader: BandsReader,
    private readonly access: BandAccess,
  ) {}

  async execute(query: GetBandQuery): Promise<BandDetails> {
    const role = await this.access.require(query.userId, query.bandId, 'member');
    const band = await this.reader.band(query.bandId);
    if (!band) throw new BandNotFoundError();
    return bandDetailsFor(band, role);
  }
}
