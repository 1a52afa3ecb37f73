import { CalendarToken } from '../domain/calendar-token.js';
import { DisplayName } from '../domain/display-name.js';
import { PasswordReset } from '../domain/password-reset.js';
import { Session } from '../domain/session.js';
import { User } from '../domain/user.js';
import { Username } from '../domain/username.js';
import { newId } from '../../../shared/application/ids.js';

let sequence = 0;

/** Object Mother: a valid user, different each call, with what the test cares about overridden. */
export function aUser(overrides: { username?: string; displayName?: string; passwordHash?: string; now?: Date } = {}) {
  sequence += 1;
  const user = User.register({
    id: newId(),
    username: Username.of(overrides.username ?? `member${sequence}`),
    displayName: overrides.displayName ? DisplayName.of(overrides.displayName) : undefined,
    passwordHash: overrides.passwordHash ?? 'pbkdf2_sha256$1000$c2FsdA==$aGFzaA==',
    now: overrides.now ?? new Date('2026-11-24T10:00:00Z'),
  });
  user.pullEvents();
  return user;
}

export function aSession(userId: string, now = new Date('2026-11-24T10:00:00Z')) {
  sequence += 1;
  return Session.open({ id: newId(), userId, tokenHash: `${sequence}`.padStart(64, 'a'), now });
}

export function aPasswordReset(userId: string, now = new Date('2026-11-24T10:00:00Z')) {
  sequence += 1;
  return PasswordReset.issue({ id: newId(), userId, tokenHash: `${sequence}`.padStart(64, 'b'), now });
}

export function aCalendarToken(userId: string, now = new Date('2026-11-24T10:00:00Z')) {
  sequence += 1;
  return CalendarToken.issue({ userId, tokenHash: `${sequence}`.padStart(64, 'c'), now });
}
