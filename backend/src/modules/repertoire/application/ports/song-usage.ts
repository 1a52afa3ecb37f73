/**
 * Whether another context still needs a song: the schedule context answers it for the setlists of
 * gigs to come (schedule/adapters/contexts/setlist-song-usage.ts). Without it (the repertoire's own
 * handler tests), nothing holds a song.
 */
export interface SongUsage {
  isInPlannedSetlist(songId: string): Promise<boolean>;
}

export const SONG_USAGE = Symbol('SongUsage');
