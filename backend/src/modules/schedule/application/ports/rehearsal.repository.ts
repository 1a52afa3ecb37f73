import type { Rehearsal } from '../../domain/rehearsal.js';

export interface RehearsalRepository {
  findById(id: string): Promise<Rehearsal | null>;
  /** This date and the later ones of its series (those starting at or after it), in start order. */
  findFollowing(rehearsal: Rehearsal): Promise<Rehearsal[]>;
  /** Writes these dates in one statement: all of them, or none. */
  saveAll(rehearsals: readonly Rehearsal[]): Promise<void>;
  /** Deletes these dates with every answer to them, in one statement. */
  deleteAll(ids: readonly string[]): Promise<void>;
}

export const REHEARSAL_REPOSITORY = Symbol('RehearsalRepository');
