/** A suggestion as the home screen lists it. */
export interface SuggestionDigest {
  id: string;
  title: string;
  artist: string | null;
  votes: number;
  votedByMe: boolean;
}

/** A song being learnt as the home screen lists it, with the viewer's level and the band's. */
export interface SongDigest {
  id: string;
  title: string;
  artist: string | null;
  myLevel: number | null;
  bandAverageLevel: number | null;
}

/** What the home screen shows of the band's repertoire, from the repertoire context. */
export interface RepertoireDigest {
  /** The most voted suggestions (ties: the newest). */
  topSuggestions(viewerId: string, bandId: string, limit: number): Promise<SuggestionDigest[]>;
  /** The songs being learnt the viewer knows least (not rated yet first). */
  songsToWork(viewerId: string, bandId: string, limit: number): Promise<SongDigest[]>;
}

export const REPERTOIRE_DIGEST = Symbol('RepertoireDigest');
