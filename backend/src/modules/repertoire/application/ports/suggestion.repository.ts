import type { Suggestion } from '../../domain/suggestion.js';

export interface SuggestionRepository {
  findById(id: string): Promise<Suggestion | null>;
  /** Writes the suggestion's own fields; its vote count belongs to the votes and is never overwritten. */
  save(suggestion: Suggestion): Promise<void>;
  /** Deletes the suggestion with its votes, and answers how many it had then (null: it was gone). */
  delete(id: string): Promise<number | null>;
}

export const SUGGESTION_REPOSITORY = Symbol('SuggestionRepository');
