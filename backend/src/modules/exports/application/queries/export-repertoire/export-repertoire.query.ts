import { Query } from '@nestjs/cqrs';
import type { BandProfile } from '../../ports/band-profiles.js';
import type { RepertoireSong } from '../../ports/repertoire-songs.js';

/** What the repertoire's export shows: the band, its songs, and the day it was taken. */
export interface RepertoireExport {
  band: BandProfile;
  songs: RepertoireSong[];
  at: Date;
}

/** The band's repertoire, for a member. */
export class ExportRepertoireQuery extends Query<RepertoireExport> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
  ) {
    super();
  }
}
