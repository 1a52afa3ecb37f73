import type { ExportedSong } from './repertoire-songs.js';

/** One set of a gig: the label of the break that opens it (null for the first) and its songs. */
export interface ProgrammeSet {
  label: string | null;
  songs: ExportedSong[];
}

/** A gig with its running order, as an export shows it. */
export interface GigProgramme {
  id: string;
  bandId: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  address: string | null;
  /** The sets in order, each with at least one song; none while the setlist is empty. */
  sets: ProgrammeSet[];
}

/** The schedule context, asked for a viewer: a non-member is refused as if the gig did not exist. */
export interface GigProgrammes {
  programmeOf(viewerId: string, gigId: string): Promise<GigProgramme>;
}

export const GIG_PROGRAMMES = Symbol('GigProgrammes');
