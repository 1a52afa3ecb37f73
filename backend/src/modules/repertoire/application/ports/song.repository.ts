import type { Song } from '../../domain/song.js';

export interface SongRepository {
  findById(id: string): Promise<Song | null>;
  save(song: Song): Promise<void>;
  /** Deletes the song with every member's progress on it. */
  delete(id: string): Promise<void>;
}

export const SONG_REPOSITORY = Symbol('SongRepository');
