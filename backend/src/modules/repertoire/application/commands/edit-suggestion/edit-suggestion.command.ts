import { Command } from '@nestjs/cqrs';
import type { SuggestionChanges } from '../../../domain/suggestion.js';
import type { SuggestionView } from '../../ports/suggestion.reader.js';

export class EditSuggestionCommand extends Command<SuggestionView> {
  constructor(
    readonly userId: string,
    readonly suggestionId: string,
    readonly changes: SuggestionChanges,
  ) {
    super();
  }
}
