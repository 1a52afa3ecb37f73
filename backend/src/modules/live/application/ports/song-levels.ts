/** Asks the repertoire for a song's band average, as a member of the band sees it. */
export interface SongLevels {
  /** One decimal; null when nobody rates the song (or it is gone). */
  bandAverageLevel(memberId: string, bandId: string, songId: string): Promise<number | null>;
}

export const SONG_LEVELS = Symbol('SongLevels');
