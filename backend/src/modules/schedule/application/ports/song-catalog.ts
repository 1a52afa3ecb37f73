import type { BandSongView } from '../../../repertoire/public-api.js';

/** What the schedule needs to know of the band's songs from the repertoire context. */
export interface SongCatalog {
  /** The band's songs among `songIds`, for a viewer who is a member; unknown ids are left out. */
  songsOf(viewerId: string, bandId: string, songIds: readonly string[]): Promise<BandSongView[]>;
  /** Every song the band has in rehearsal. */
  allOf(viewerId: string, bandId: string): Promise<BandSongView[]>;
}

export const SONG_CATALOG = Symbol('SongCatalog');
