export interface CalendarTokenState {
  /** One token a user: a new one replaces theirs. */
  userId: string;
  /** SHA-256 of the secret in the feed URL: the database alone does not yield a usable feed. */
  tokenHash: string;
  createdAt: Date;
}

/**
 * The secret of a user's calendar feed URL: it reads their bands' schedule without a session, for
 * calendar apps that subscribe to it. It lasts until the user renews it or stops sharing.
 */
export class CalendarToken {
  private constructor(private readonly state: CalendarTokenState) {}

  static issue(input: { userId: string; tokenHash: string; now: Date }): CalendarToken {
    return new CalendarToken({ userId: input.userId, tokenHash: input.tokenHash, createdAt: input.now });
  }

  static restore(state: CalendarTokenState): CalendarToken {
    return new CalendarToken({ ...state });
  }

  get userId(): string {
    return this.state.userId;
  }

  snapshot(): CalendarTokenState {
    return { ...this.state };
  }
}
