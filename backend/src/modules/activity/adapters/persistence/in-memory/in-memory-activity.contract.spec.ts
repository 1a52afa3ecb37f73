import { describe } from '@jest/globals';
import { newId } from '../../../../../shared/application/ids.js';
import { activityRepositoryContract } from '../../../testing/activity-repository.contract.js';
import { FakeUserProfiles } from '../../../testing/fake-user-profiles.js';
import { InMemoryActivityRepository } from './in-memory-activity.repository.js';

describe('activity in-memory adapter', () => {
  activityRepositoryContract(async () => {
    const profiles = new FakeUserProfiles();
    return {
      activity: new InMemoryActivityRepository(profiles),
      aUserNamed: async (displayName) => profiles.add(displayName),
      renameUser: async (userId, displayName) => void profiles.names.set(userId, displayName),
      deleteUser: async (userId) => void profiles.names.delete(userId),
      aBand: async () => newId(),
    };
  });
});
