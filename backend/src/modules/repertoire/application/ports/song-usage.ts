/**
 * Whether another context still needs a song: the schedule context answers it for planned gigs'
 * setlists. Until a context provides it, nothing can hold a song, and removal is never refused.
 */
export interface SongUsage {
  isInPlannedSetlist(songId: string): Promise<boolean>;
}

export const SONG_USAGE = Symbol('SongUsage');
