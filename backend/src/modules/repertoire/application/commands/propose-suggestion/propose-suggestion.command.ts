import { Command } from '@nestjs/cqrs';
import type { SongDetailsChanges } from '../../../domain/song-details.js';
import type { SuggestionView } from '../../ports/suggestion.reader.js';

export class ProposeSuggestionCommand extends Command<SuggestionView> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
    readonly details: { title: string } & SongDetailsChanges,
    readonly comment: string | null | undefined,
  ) {
    super();
  }
}
