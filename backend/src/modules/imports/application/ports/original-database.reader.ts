import type { OriginalDatabase } from '../../domain/original-database.js';

export interface OriginalDatabaseReader {
  /**
   * Reads the whole file, read-only. OriginalDatabaseNotFoundError when there is no file,
   * NotAnOriginalDatabaseError when it is not a database of the original BandTrack.
   */
  read(path: string): Promise<OriginalDatabase>;
}

export const ORIGINAL_DATABASE_READER = Symbol('OriginalDatabaseReader');
