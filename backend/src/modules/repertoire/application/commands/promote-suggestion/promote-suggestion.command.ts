import { Command } from '@nestjs/cqrs';
import type { SongView } from '../../ports/song.reader.js';

export class PromoteSuggestionCommand extends Command<SongView> {
  constructor(
    readonly userId: string,
    readonly suggestionId: string,
  ) {
    super();
  }
}
