import { Command } from '@nestjs/cqrs';
import type { SuggestionView } from '../../ports/suggestion.reader.js';

export class DemoteSongCommand extends Command<SuggestionView> {
  constructor(
    readonly userId: string,
    readonly songId: string,
  ) {
    super();
  }
}
