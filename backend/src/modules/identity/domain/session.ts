const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const SESSION_IDLE_LIFETIME_MS = 7 * DAY;
export const SESSION_ABSOLUTE_LIFETIME_MS = 30 * DAY;
/** Sliding the idle expiry costs a write: it is written when it moves by a minute or more. */
export const SESSION_TOUCH_INTERVAL_MS = MINUTE;

export interface SessionState {
  id: string;
  userId: string;
  /** SHA-256 of the token: a stolen database does not yield usable cookies. */
  tokenHash: string;
  createdAt: Date;
  /** Slides to a full idle lifetime after each use (so it also tells when the session was last used). */
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
  get idleExpiresAt(): Date {
    return this.state.idleExpiresAt;
  }

  isActiveAt(now: Date): boolean {
    return now < this.state.idleExpiresAt && now < this.state.absoluteExpiresAt;
  }

  /** Slides the idle expiry (never past the absolute one); says whether it moved enough to be saved. */
  touch(now: Date): boolean {
    const idle = Math.min(now.getTime() + SESSION_IDLE_LIFETIME_MS, this.state.absoluteExpiresAt.getTime());
    if (idle - this.state.idleExpiresAt.getTime() < SESSION_TOUCH_INTERVAL_MS) return false;
    this.state.idleExpiresAt = new Date(idle);
    return true;
  }

  snapshot(): SessionState {
    return { ...this.state };
  }
}
