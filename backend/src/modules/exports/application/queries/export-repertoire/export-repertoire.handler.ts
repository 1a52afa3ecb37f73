import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { BAND_PROFILES, type BandProfiles } from '../../ports/band-profiles.js';
import { REPERTOIRE_SONGS, type RepertoireSongs } from '../../ports/repertoire-songs.js';
import { ExportRepertoireQuery, type RepertoireExport } from './export-repertoire.query.js';

/** The band first: a caller outside it is refused (404) before any song is read. */
@QueryHandler(ExportRepertoireQuery)
export class ExportRepertoireHandler implements IQueryHandler<ExportRepertoireQuery> {
  constructor(
    @Inject(BAND_PROFILES) private readonly bands: BandProfiles,
    @Inject(REPERTOIRE_SONGS) private readonly repertoire: RepertoireSongs,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(query: ExportRepertoireQuery): Promise<RepertoireExport> {
    const band = await this.bands.profileOf(query.userId, query.bandId);
    const songs = await this.repertoire.songsOf(query.userId, query.bandId);
    return { band, songs, at: this.clock.now() };
  }
}
