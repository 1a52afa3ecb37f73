import type { ActiveBandRepository } from '../application/ports/active-band.repository.js';
import type { BandRepository } from '../application/ports/band.repository.js';
import type { BandsReader } from '../application/ports/bands.reader.js';
import type { RosterRepository } from '../application/ports/roster.repository.js';
import type { UnitOfWork } from '../../../shared/application/unit-of-work.js';

/** One set of bands adapters on empty storage, plus a way to make users they can refer to. */
export interface BandsAdapters {
  bands: BandRepository;
  rosters: RosterRepository;
  activeBands: ActiveBandRepository;
  reader: BandsReader;
  unitOfWork: UnitOfWork;
  /** Creates a user (identity's side) and returns its id. */
  aUserNamed(displayName: string): Promise<string>;
}

export type BandsAdaptersFactory = () => Promise<BandsAdapters>;
