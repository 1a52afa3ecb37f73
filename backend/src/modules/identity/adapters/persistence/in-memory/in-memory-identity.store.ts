import { Injectable } from '@nestjs/common';
import { TransactionalMap } from '../../../../../shared/adapters/transactional-map.js';
import type { CalendarTokenState } from '../../../domain/calendar-token.js';
import type { PasswordResetState } from '../../../domain/password-reset.js';
import type { SessionState } from '../../../domain/session.js';
import type { UserState } from '../../../domain/user.js';
import type { AttemptKind } from '../../../application/ports/attempt-log.js';

interface Attempt {
  kind: AttemptKind;
  key: string;
  at: Date;
}

/**
 * The identity context's tables, in memory: one instance per app, shared by the in-memory adapters;
 * units of work roll them back.
 */
@Injectable()
export class InMemoryIdentityStore {
  readonly users = new TransactionalMap<string, UserState>();
  readonly sessions = new TransactionalMap<string, SessionState>();
  /** attempt id → attempt */
  readonly attempts = new TransactionalMap<string, Attempt>();
  readonly passwordResets = new TransactionalMap<string, PasswordResetState>();
  /** user id → their calendar feed token */
  readonly calendarTokens = new TransactionalMap<string, CalendarTokenState>();
}
