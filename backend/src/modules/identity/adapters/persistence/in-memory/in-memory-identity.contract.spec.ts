import { describe } from '@jest/globals';
import { attemptLogContract } from '../../../testing/attempt-log.contract.js';
import { calendarTokenRepositoryContract } from '../../../testing/calendar-token-repository.contract.js';
import { passwordResetRepositoryContract } from '../../../testing/password-reset-repository.contract.js';
import type { IdentityAdaptersFactory } from '../../../testing/identity-adapters.js';
import { sessionRepositoryContract } from '../../../testing/session-repository.contract.js';
import { userRepositoryContract } from '../../../testing/user-repository.contract.js';
import { InMemoryAttemptLog } from './in-memory-attempt-log.js';
import { InMemoryCalendarTokenRepository } from './in-memory-calendar-token.repository.js';
import { InMemoryPasswordResetRepository } from './in-memory-password-reset.repository.js';
import { InMemoryIdentityStore } from './in-memory-identity.store.js';
import { InMemorySessionRepository } from './in-memory-session.repository.js';
import { InMemoryUserProfileReader } from './in-memory-user-profile.reader.js';
import { InMemoryUserRepository } from './in-memory-user.repository.js';

const inMemoryAdapters: IdentityAdaptersFactory = async () => {
  const store = new InMemoryIdentityStore();
  return {
    users: new InMemoryUserRepository(store),
    sessions: new InMemorySessionRepository(store),
    attempts: new InMemoryAttemptLog(store),
    passwordResets: new InMemoryPasswordResetRepository(store),
    calendarTokens: new InMemoryCalendarTokenRepository(store),
    profiles: new InMemoryUserProfileReader(store),
  };
};

describe('identity in-memory adapters', () => {
  userRepositoryContract(inMemoryAdapters);
  sessionRepositoryContract(inMemoryAdapters);
  passwordResetRepositoryContract(inMemoryAdapters);
  attemptLogContract(inMemoryAdapters);
  calendarTokenRepositoryContract(inMemoryAdapters);
});
