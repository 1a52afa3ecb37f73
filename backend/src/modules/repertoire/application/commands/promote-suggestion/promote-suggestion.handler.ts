import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { UNIT_OF_WORK, type UnitOfWork } from '../../../../../shared/application/unit-of-work.js';
import { SuggestionNotFoundError } from '../../../domain/repertoire.errors.js';
import { Song } from '../../../domain/song.js';
import { SONG_READER, type SongReader, type SongView } from '../../ports/song.reader.js';
import { SONG_REPOSITORY, type SongRepository } from '../../ports/song.repository.js';
import { SUGGESTION_REPOSITORY, type SuggestionRepository } from '../../ports/suggestion.repository.js';
import { SuggestionLoader } from '../../suggestion-loader.js';
import { PromoteSuggestionCommand } from './promote-suggestion.command.js';

/**
 * A manager promotes a suggestion to a song in rehearsal: same id, its fields, and its count at the
 * moment it was deleted (read from the deleted row, so a vote cannot slip in between). One transaction.
 */
@CommandHandler(PromoteSuggestionCommand)
export class PromoteSuggestionHandler implements ICommandHandler<PromoteSuggestionCommand> {
  constructor(
    private readonly loader: SuggestionLoader,
    @Inject(SUGGESTION_REPOSITORY) private readonly suggestions: SuggestionRepository,
    @Inject(SONG_REPOSITORY) private readonly songs: SongRepository,
    @Inject(SONG_READER) private readonly reader: SongReader,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async execute(command: PromoteSuggestionCommand): Promise<SongView> {
    const suggestion = await this.loader.forManager(command.userId, command.suggestionId);
    const song = await this.unitOfWork.run(async () => {
      const votes = await this.suggestions.delete(suggestion.id);
      if (votes === null) throw new SuggestionNotFoundError();
      const promoted = Song.promote(suggestion, votes, this.clock.now(), command.userId);
      await this.songs.save(promoted);
      return promoted;
    });
    this.events.publishAll(song.pullEvents());
    return (await this.reader.findById(song.id, command.userId))!;
  }
}
