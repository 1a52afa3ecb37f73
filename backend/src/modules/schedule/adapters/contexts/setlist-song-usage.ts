import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../../../../shared/application/clock.js';
import type { SongUsage } from '../../../repertoire/public-api.js';
import { SETLIST_REPOSITORY, type SetlistRepository } from '../../application/ports/setlist.repository.js';

/** The repertoire asks before removing or demoting a song: a gig still to come must not lose it. */
@Injectable()
export class SetlistSongUsage implements SongUsage {
  constructor(
    @Inject(SETLIST_REPOSITORY) private readonly setlists: SetlistRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  isInPlannedSetlist(songId: string): Promise<boolean> {
    return this.setlists.holdsSong(songId, this.clock.now());
  }
}
