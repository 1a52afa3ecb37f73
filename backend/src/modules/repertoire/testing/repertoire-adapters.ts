import type { ProgressRepository } from '../application/ports/progress.repository.js';
import type { SongReader } from '../application/ports/song.reader.js';
import type { SongRepository } from '../application/ports/song.repository.js';
import type { SuggestionReader } from '../application/ports/suggestion.reader.js';
import type { SuggestionRepository } from '../application/ports/suggestion.repository.js';
import type { VoteRepository } from '../application/ports/vote.repository.js';

/** One set of repertoire adapters on empty storage, and the people and bands of the other contexts. */
export interface RepertoireAdapters {
  suggestions: SuggestionRepository;
  votes: VoteRepository;
  reader: SuggestionReader;
  songs: SongRepository;
  progress: ProgressRepository;
  songReader: SongReader;
  /** A user (identity's side) with this display name. */
  aPerson(displayName: string): Promise<string>;
  /** A band (the bands context's side) with these users as members. */
  aBandOf(...memberIds: string[]): Promise<string>;
  /** The member is no longer in the band (the bands context's side). */
  leave(bandId: string, userId: string): Promise<void>;
}

export type RepertoireAdaptersFactory = () => Promise<RepertoireAdapters>;
