/** What the schedule needs to know of a band's repertoire, from the repertoire context. */
export interface SongCatalog {
  /** Those of `songIds` that are not songs of the band (unknown, or another band's). */
  notInBand(bandId: string, songIds: readonly string[]): Promise<string[]>;
}

export const SONG_CATALOG = Symbol('SongCatalog');
