const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const SESSION_IDLE_LIFETIME_MS = 7 * DAY;
export const SESSION_ABSOLUTE_LIFETIME_MS = 30 * DAY;
/** Sliding the idle expiry costs a write; once a minute is precise enough. */
export const SESSION_TOUCH_INTERVAL_MS = MINUTE;

export interface SessionState {
  id: string;
  userId: string;
  /** SHA-256 of the token: a stolen database does not yield usable cookies. */
  tokenHash: string;
  createdAt: Date;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

/** A signed-in device: sliding 7-day idle expiry, 30-day absolute expiry. */
export class Session {
  private constructor(private state: SessionState) {}

  static open(input: { id: string; userId: string; tokenHash: string; now: Date }): Session {
    const absoluteExpiresAt = new Date(input.now.getTime() + SESSION_ABSOLUTE_LIFETIME_MS);
    return new Session({
      id: input.id,
      userId: input.userId,
      tokenHash: input.tokenHash,
      createdAt: input.now,
      lastSeenAt: input.now,
      idleExpiresAt: new Date(input.now.getTime() + SESSION_IDLE_LIFETIME_MS),
      absoluteExpiresAt,
    });
  }

  static restore(state: SessionState): Session {
    return new Session({ ...state });
  }

  get id(): string {
    return this.state.id;
  }
  get userId(): string {
    return this.state.userId;
  }
  get absoluteExpiresAt(): Date {
    return this.state.absoluteExpiresAt;
  }

  isActiveAt(now: Date): boolean {
    return now < this.state.idleExpiresAt && now < this.state.absoluteExpiresAt;
  }

  /** Slides the idle expiry; says whether anything changed that is worth saving. */
  touch(now: Date): boolean {
    if (now.getTime() - this.state.lastSeenAt.getTime() < SESSION_TOUCH_INTERVAL_MS) return false;
    const idle = Math.min(now.getTime() + SESSION_IDLE_LIFETIME_MS, this.state.absoluteExpiresAt.getTime());
    this.state.lastSeenAt = now;
    this.state.idleExpiresAt = new Date(idle);
    return true;
  }

  snapshot(): SessionState {
    return { ...this.state };
  }
}
