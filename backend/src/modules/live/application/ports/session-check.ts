/** Asks identity which sessions still hold: a socket lives no longer than its session. */
export interface SessionCheck {
  activeAmong(sessionIds: readonly string[]): Promise<string[]>;
}

export const SESSION_CHECK = Symbol('SessionCheck');
