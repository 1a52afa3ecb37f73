import { Query } from '@nestjs/cqrs';
import type { SongProposal } from '../../../domain/planner/propose-songs.js';

/** The planner's proposal for a rehearsal: the songs to work on, each with its reason. */
export class ProposeSongsQuery extends Query<SongProposal[]> {
  constructor(
    readonly userId: string,
    readonly rehearsalId: string,
  ) {
    super();
  }
}
