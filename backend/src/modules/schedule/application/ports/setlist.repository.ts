import type { Setlist } from '../../domain/setlist/setlist.js';

export interface SetlistRepository {
  /** The gig's setlist; empty when none was saved. */
  find(gigId: string): Promise<Setlist>;
  /**
   * Replaces the gig's setlist whole, on its own atomic: of two saves at the same moment, the last
   * complete one stays, never a mix of both. False when the gig is gone; SongNotInRepertoireError
   * when a song was deleted since the caller checked it (the stores that hold songs refuse it).
   */
  replace(gigId: string, setlist: Setlist): Promise<boolean>;
  /** Whether a gig that is not cancelled and not over at `now` has the song in its setlist. */
  holdsSong(songId: string, now: Date): Promise<boolean>;
}

export const SETLIST_REPOSITORY = Symbol('SetlistRepository');
