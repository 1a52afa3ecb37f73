import { Inject, Injectable } from '@nestjs/common';
import { NotTheAuthorError, SuggestionNotFoundError } from '../domain/repertoire.errors.js';
import type { Suggestion } from '../domain/suggestion.js';
import { SUGGESTION_REPOSITORY, type SuggestionRepository } from './ports/suggestion.repository.js';
import { RepertoireAccess } from './repertoire-access.js';

const notFound = () => new SuggestionNotFoundError();

/**
 * Loads a suggestion for a change: a stranger gets 404 as for an unknown id, a member without the
 * right 403. `forAuthorOrManager`: edit and withdraw; `forManager`: promote.
 */
@Injectable()
export class SuggestionLoader {
  constructor(
    @Inject(SUGGESTION_REPOSITORY) private readonly suggestions: SuggestionRepository,
    private readonly access: RepertoireAccess,
  ) {}

  async forAuthorOrManager(userId: string, suggestionId: string): Promise<Suggestion> {
    const suggestion = await this.find(suggestionId);
    const minimum = suggestion.isProposedBy(userId) ? 'member' : 'manager';
    await this.access.require(userId, suggestion.bandId, minimum, {
      notFound,
      forbidden: () => new NotTheAuthorError(),
    });
    return suggestion;
  }

  async forManager(userId: string, suggestionId: string): Promise<Suggestion> {
    const suggestion = await this.find(suggestionId);
    await this.access.require(userId, suggestion.bandId, 'manager', { notFound });
    return suggestion;
  }

  private async find(suggestionId: string): Promise<Suggestion> {
    const suggestion = await this.suggestions.findById(suggestionId);
    if (!suggestion) throw new SuggestionNotFoundError();
    return suggestion;
  }
}
