import { Query } from '@nestjs/cqrs';
import type { BandProfile } from '../../ports/band-profiles.js';
import type { GigProgramme } from '../../ports/gig-programmes.js';

/** What a setlist's export shows: the gig with its sets, and its band. */
export interface SetlistExport {
  band: BandProfile;
  gig: GigProgramme;
}

/** A gig's setlist, for a member of its band. */
export class ExportSetlistQuery extends Query<SetlistExport> {
  constructor(
    readonly userId: string,
    readonly gigId: string,
  ) {
    super();
  }
}
