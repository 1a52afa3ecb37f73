import type { Roster } from '../../domain/roster.js';

export interface RosterRepository {
  /**
   * Loads the band's members and holds the band's lock until the unit of work ends, so concurrent
   * changes to one band's members happen one after the other. Call it inside UnitOfWork.run.
   */
  lockForUpdate(bandId: string): Promise<Roster>;
  save(roster: Roster): Promise<void>;
  bandIdsOf(userId: string): Promise<string[]>;
}

export const ROSTER_REPOSITORY = Symbol('RosterRepository');
