import { Injectable } from '@nestjs/common';
import type { SessionState } from '../../../domain/session.js';
import type { UserState } from '../../../domain/user.js';
import type { AttemptKind } from '../../../application/ports/attempt-log.js';

/** The identity context's tables, in memory: one instance per app, shared by the in-memory adapters. */
@Injectable()
export class InMemoryIdentityStore {
  readonly users = new Map<string, UserState>();
  readonly sessions = new Map<string, SessionState>();
  readonly attempts: { kind: AttemptKind; key: string; at: Date }[] = [];
}
