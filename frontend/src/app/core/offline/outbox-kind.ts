import { HttpClient } from '@angular/common/http';
import { InjectionToken } from '@angular/core';
import { Observable } from 'rxjs';

import { ApiFailure } from '../api/api-failure';

/**
 * One sort of action the outbox can keep and send later (a vote, a level, an attendance answer).
 * An action states the result wanted ("voted", "level 7"), never a toggle: sending it twice, or
 * after a newer one replaced it, leaves the server in the same state.
 */
export interface OutboxKind<P, R> {
  /** Stored with each action: renaming a kind drops the actions kept under the old name. */
  readonly name: string;
  /** What the action is about (a suggestion id): a later action on the same target replaces it. */
  target(payload: P): string;
  /** The request; its answer is handed back to the caller (the server's answer wins). */
  send(payload: P, http: HttpClient): Observable<R>;
  /** The sentence shown when the server refuses the action (4xx); a generic one otherwise. */
  refusal?(payload: P, failure: ApiFailure): string;
}

/** The registry: every kind the app sends through the outbox (see `provideOutboxKinds`). */
export const OUTBOX_KINDS = new InjectionToken<readonly OutboxKind<unknown, unknown>[]>('OUTBOX_KINDS');
