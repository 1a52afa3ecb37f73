import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BAND_PROFILES, type BandProfiles } from '../../ports/band-profiles.js';
import { GIG_PROGRAMMES, type GigProgrammes } from '../../ports/gig-programmes.js';
import { ExportSetlistQuery, type SetlistExport } from './export-setlist.query.js';

/** The gig first: the schedule refuses (404) a caller outside its band; then the band's name and language. */
@QueryHandler(ExportSetlistQuery)
export class ExportSetlistHandler implements IQueryHandler<ExportSetlistQuery> {
  constructor(
    @Inject(GIG_PROGRAMMES) private readonly gigs: GigProgrammes,
    @Inject(BAND_PROFILES) private readonly bands: BandProfiles,
  ) {}

  async execute(query: ExportSetlistQuery): Promise<SetlistExport> {
    const gig = await this.gigs.programmeOf(query.userId, query.gigId);
    return { band: await this.bands.profileOf(query.userId, gig.bandId), gig };
  }
}
