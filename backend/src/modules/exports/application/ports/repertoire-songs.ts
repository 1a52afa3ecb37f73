/** A song as an export lists it: what to play it in and how long it lasts. */
export interface ExportedSong {
  title: string;
  artist: string | null;
  key: string | null;
  bpm: number | null;
  durationSec: number | null;
}

export interface RepertoireSong extends ExportedSong {
  mastered: boolean;
}

/** The repertoire context, asked for a viewer who is a member. */
export interface RepertoireSongs {
  /** Every song the band has in rehearsal, by title. */
  songsOf(viewerId: string, bandId: string): Promise<RepertoireSong[]>;
}

export const REPERTOIRE_SONGS = Symbol('RepertoireSongs');
