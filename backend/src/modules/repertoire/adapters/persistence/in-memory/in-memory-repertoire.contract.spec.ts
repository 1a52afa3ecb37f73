import { describe } from '@jest/globals';
import type { RepertoireAdaptersFactory } from '../../../testing/repertoire-adapters.js';
import { FakeBands } from '../../../testing/fake-bands.js';
import { progressRepositoryContract } from '../../../testing/progress-repository.contract.js';
import { songReaderContract } from '../../../testing/song-reader.contract.js';
import { songRepositoryContract } from '../../../testing/song-repository.contract.js';
import { suggestionReaderContract } from '../../../testing/suggestion-reader.contract.js';
import { suggestionRepositoryContract } from '../../../testing/suggestion-repository.contract.js';
import { voteRepositoryContract } from '../../../testing/vote-repository.contract.js';
import { InMemoryProgressRepository } from './in-memory-progress.repository.js';
import { InMemorySongReader } from './in-memory-song.reader.js';
import { InMemorySongRepository } from './in-memory-song.repository.js';
import { InMemoryRepertoireStore } from './in-memory-repertoire.store.js';
import { InMemorySuggestionReader } from './in-memory-suggestion.reader.js';
import { InMemorySuggestionRepository } from './in-memory-suggestion.repository.js';
import { InMemoryVoteRepository } from './in-memory-vote.repository.js';

const inMemoryAdapters: RepertoireAdaptersFactory = async () => {
  const store = new InMemoryRepertoireStore();
  const bands = new FakeBands();
  return {
    suggestions: new InMemorySuggestionRepository(store),
    votes: new InMemoryVoteRepository(store, bands.access),
    reader: new InMemorySuggestionReader(store, bands),
    songs: new InMemorySongRepository(store),
    progress: new InMemoryProgressRepository(store, bands.access),
    songReader: new InMemorySongReader(store),
    aPerson: async (displayName) => bands.person(displayName),
    aBandOf: async (...memberIds) => bands.band(Object.fromEntries(memberIds.map((id) => [id, 'member']))),
    leave: async (bandId, userId) => bands.leave(bandId, userId),
  };
};

describe('repertoire in-memory adapters', () => {
  suggestionRepositoryContract(inMemoryAdapters);
  voteRepositoryContract(inMemoryAdapters);
  songRepositoryContract(inMemoryAdapters);
  progressRepositoryContract(inMemoryAdapters);
  songReaderContract(inMemoryAdapters);
  suggestionReaderContract(inMemoryAdapters);
});
