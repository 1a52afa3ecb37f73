import { Injectable } from '@nestjs/common';
import type { SuggestionRepository } from '../../../application/ports/suggestion.repository.js';
import { Suggestion } from '../../../domain/suggestion.js';
import { InMemoryRepertoireStore } from './in-memory-repertoire.store.js';

@Injectable()
export class InMemorySuggestionRepository implements SuggestionRepository {
  constructor(private readonly store: InMemoryRepertoireStore) {}

  async findById(id: string): Promise<Suggestion | null> {
    const state = this.store.suggestions.get(id);
    return state ? Suggestion.restore(state) : null;
  }

  async save(suggestion: Suggestion): Promise<void> {
    this.store.suggestions.set(suggestion.id, suggestion.snapshot());
  }

  async delete(id: string): Promise<number | null> {
    if (!this.store.suggestions.delete(id)) return null;
    const votes = this.store.votes.get(id)?.size ?? 0;
    this.store.votes.delete(id);
    return votes;
  }
}
