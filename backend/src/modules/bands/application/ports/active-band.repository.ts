/** The band each user is working in; GET /api/me reports it and the PWA opens it. */
export interface ActiveBandRepository {
  set(userId: string, bandId: string): Promise<void>;
  /** Forgets the user's active band if it is this one (they left it or were removed). */
  clear(userId: string, bandId: string): Promise<void>;
}

export const ACTIVE_BAND_REPOSITORY = Symbol('ActiveBandRepository');
