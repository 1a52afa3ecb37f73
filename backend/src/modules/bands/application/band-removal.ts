import { Inject, Injectable } from '@nestjs/common';
import type { Roster } from '../domain/roster.js';
import { ACTIVE_BAND_REPOSITORY, type ActiveBandRepository } from './ports/active-band.repository.js';
import { BAND_REPOSITORY, type BandRepository } from './ports/band.repository.js';
import { ROSTER_REPOSITORY, type RosterRepository } from './ports/roster.repository.js';

/**
 * Takes a member out of a locked roster and saves it; a band left with nobody is deleted.
 * Shared by removing, leaving and account deletion. Runs inside the caller's unit of work.
 */
@Injectable()
export class BandRemoval {
  constructor(
    @Inject(ROSTER_REPOSITORY) private readonly rosters: RosterRepository,
    @Inject(BAND_REPOSITORY) private readonly bands: BandRepository,
    @Inject(ACTIVE_BAND_REPOSITORY) private readonly activeBands: ActiveBandRepository,
  ) {}

  async remove(roster: Roster, memberId: string, actorId: string): Promise<void> {
    const { bandIsEmpty } = roster.remove(memberId, actorId);
    await this.rosters.save(roster);
    await this.activeBands.clear(memberId, roster.bandId);
    if (bandIsEmpty) await this.bands.delete(roster.bandId);
  }
}
