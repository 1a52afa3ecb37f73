import type { AttemptLog } from '../application/ports/attempt-log.js';
import type { CalendarTokenRepository } from '../application/ports/calendar-token.repository.js';
import type { PasswordResetRepository } from '../application/ports/password-reset.repository.js';
import type { SessionRepository } from '../application/ports/session.repository.js';
import type { UserProfileReader } from '../application/ports/user-profile.reader.js';
import type { UserRepository } from '../application/ports/user.repository.js';

/** One set of identity adapters, fresh and empty, as a contract suite needs it. */
export interface IdentityAdapters {
  users: UserRepository;
  sessions: SessionRepository;
  attempts: AttemptLog;
  passwordResets: PasswordResetRepository;
  calendarTokens: CalendarTokenRepository;
  profiles: UserProfileReader;
}

export type IdentityAdaptersFactory = () => Promise<IdentityAdapters>;
