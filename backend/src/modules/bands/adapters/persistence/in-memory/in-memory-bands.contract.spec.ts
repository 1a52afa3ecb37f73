import { describe } from '@jest/globals';
import { InMemoryUnitOfWork } from '../../../../../shared/adapters/in-memory-unit-of-work.js';
import type { BandsAdaptersFactory } from '../../../testing/bands-adapters.js';
import { FakeUserProfiles } from '../../../testing/fake-user-profiles.js';
import { activeBandRepositoryContract } from '../../../testing/active-band-repository.contract.js';
import { bandRepositoryContract } from '../../../testing/band-repository.contract.js';
import { bandsReaderContract } from '../../../testing/bands-reader.contract.js';
import { rosterRepositoryContract } from '../../../testing/roster-repository.contract.js';
import { InMemoryActiveBandRepository } from './in-memory-active-band.repository.js';
import { InMemoryBandRepository } from './in-memory-band.repository.js';
import { InMemoryBandsReader } from './in-memory-bands.reader.js';
import { InMemoryBandsStore } from './in-memory-bands.store.js';
import { InMemoryRosterRepository } from './in-memory-roster.repository.js';

const inMemoryAdapters: BandsAdaptersFactory = async () => {
  const store = new InMemoryBandsStore();
  const profiles = new FakeUserProfiles();
  return {
    bands: new InMemoryBandRepository(store),
    rosters: new InMemoryRosterRepository(store),
    activeBands: new InMemoryActiveBandRepository(store),
    reader: new InMemoryBandsReader(store, profiles),
    unitOfWork: new InMemoryUnitOfWork(),
    aUserNamed: async (displayName) => profiles.add(displayName),
  };
};

describe('bands in-memory adapters', () => {
  bandRepositoryContract(inMemoryAdapters);
  rosterRepositoryContract(inMemoryAdapters);
  activeBandRepositoryContract(inMemoryAdapters);
  bandsReaderContract(inMemoryAdapters);
});
