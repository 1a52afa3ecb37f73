import type { AppConfig } from '../../../config/app-config.js';
import { InMemoryUnitOfWork } from '../../../shared/adapters/in-memory-unit-of-work.js';
import { FixedClock } from '../../../shared/testing/fixed-clock.js';
import { RecordingEventBus } from '../../../shared/testing/recording-event-bus.js';
import { Pbkdf2PasswordHasher } from '../adapters/crypto/pbkdf2-password-hasher.js';
import { InMemoryAttemptLog } from '../adapters/persistence/in-memory/in-memory-attempt-log.js';
import { InMemoryCalendarTokenRepository } from '../adapters/persistence/in-memory/in-memory-calendar-token.repository.js';
import { InMemoryIdentityStore } from '../adapters/persistence/in-memory/in-memory-identity.store.js';
import { InMemoryPasswordResetRepository } from '../adapters/persistence/in-memory/in-memory-password-reset.repository.js';
import { InMemorySessionRepository } from '../adapters/persistence/in-memory/in-memory-session.repository.js';
import { InMemoryUserProfileReader } from '../adapters/persistence/in-memory/in-memory-user-profile.reader.js';
import { InMemoryUserRepository } from '../adapters/persistence/in-memory/in-memory-user.repository.js';
import { AttemptLimiter } from '../application/attempt-limiter.js';
import type { AccountDeletionPolicy } from '../application/ports/account-deletion-policy.js';
import type { MemberBandsReader, MemberBandsView } from '../application/ports/member-bands.reader.js';
import { SessionOpener } from '../application/session-opener.js';

/** Stands in for the bands context: records whom it released, refuses when told to. */
export class FakeAccountDeletionPolicy implements AccountDeletionPolicy {
  readonly released: string[] = [];
  refusal: Error | undefined;

  async releaseUser(userId: string): Promise<readonly object[]> {
    if (this.refusal) throw this.refusal;
    this.released.push(userId);
    return [{ released: userId }];
  }
}

export class FakeMemberBandsReader implements MemberBandsReader {
  view: MemberBandsView = { activeBandId: null, bands: [] };

  async bandsOf(): Promise<MemberBandsView> {
    return this.view;
  }
}

export const TEST_RATE_LIMITS: AppConfig['rateLimits'] = {
  loginPerUsername: 3,
  loginPerAddress: 5,
  loginWindowSeconds: 15 * 60,
  registerPerAddress: 4,
  registerWindowSeconds: 60 * 60,
  inviteLookupPerAddress: 3,
  inviteLookupWindowSeconds: 15 * 60,
  inviteJoinPerAddress: 3,
  inviteJoinWindowSeconds: 15 * 60,
  passwordResetPerAddress: 3,
  passwordResetWindowSeconds: 15 * 60,
};

/** The identity context on its in-memory adapters, with a clock and an event bus tests control. */
export function identityTestKit() {
  const store = new InMemoryIdentityStore();
  const users = new InMemoryUserRepository(store);
  const sessions = new InMemorySessionRepository(store);
  const attempts = new InMemoryAttemptLog(store);
  const passwordResets = new InMemoryPasswordResetRepository(store);
  const calendarTokens = new InMemoryCalendarTokenRepository(store);
  const profiles = new InMemoryUserProfileReader(store);
  const clock = new FixedClock();
  const events = new RecordingEventBus();
  const hasher = new Pbkdf2PasswordHasher(1000);
  const limiter = new AttemptLimiter(attempts, { rateLimits: TEST_RATE_LIMITS } as AppConfig);
  const opener = new SessionOpener(sessions);
  const deletionPolicy = new FakeAccountDeletionPolicy();
  const memberBands = new FakeMemberBandsReader();
  const unitOfWork = new InMemoryUnitOfWork();
  return {
    store,
    users,
    sessions,
    attempts,
    passwordResets,
    calendarTokens,
    profiles,
    clock,
    events,
    hasher,
    limiter,
    opener,
    deletionPolicy,
    memberBands,
    unitOfWork,
  };
}
