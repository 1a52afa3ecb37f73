import { Inject, Injectable } from '@nestjs/common';
import type { AccountDeletionPolicy } from '../../identity/public-api.js';
import type { BandsEvent } from '../domain/bands.events.js';
import { BandRemoval } from './band-removal.js';
import { ROSTER_REPOSITORY, type RosterRepository } from './ports/roster.repository.js';

/**
 * Before an account goes, its owner leaves every band: refused (LastAdminError, 409) while they are
 * the last admin of a band with other members; a band they were alone in goes with them. Answers a
 * MemberLeftBand per band, so the others hear of it (live updates, the activity log).
 * Bands are locked in id order, so two deletions never wait on each other in a cycle.
 */
@Injectable()
export class BandsAccountDeletionPolicy implements AccountDeletionPolicy {
  constructor(
    @Inject(ROSTER_REPOSITORY) private readonly rosters: RosterRepository,
    private readonly removal: BandRemoval,
  ) {}

  async releaseUser(userId: string): Promise<readonly BandsEvent[]> {
    const bandIds = (await this.rosters.bandIdsOf(userId)).sort();
    const events: BandsEvent[] = [];
    for (const bandId of bandIds) {
      const roster = await this.rosters.lockForUpdate(bandId);
      await this.removal.remove(roster, userId, userId);
      events.push(...roster.pullEvents());
    }
    return events;
  }
}
