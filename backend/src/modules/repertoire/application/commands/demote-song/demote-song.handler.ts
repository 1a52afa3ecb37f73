import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { UNIT_OF_WORK, type UnitOfWork } from '../../../../../shared/application/unit-of-work.js';
import { SongInSetlistError } from '../../../domain/repertoire.errors.js';
import { Suggestion } from '../../../domain/suggestion.js';
import { SONG_REPOSITORY, type SongRepository } from '../../ports/song.repository.js';
import { SONG_USAGE, type SongUsage } from '../../ports/song-usage.js';
import { SUGGESTION_READER, type SuggestionReader, type SuggestionView } from '../../ports/suggestion.reader.js';
import { SUGGESTION_REPOSITORY, type SuggestionRepository } from '../../ports/suggestion.repository.js';
import { SongLoader } from '../../song-loader.js';
import { DemoteSongCommand } from './demote-song.command.js';

/**
 * A manager sends a song back to the suggestions: same id and fields, no votes, the members' progress
 * gone with the song. Refused (409) while a planned gig's setlist holds it. One transaction.
 */
@CommandHandler(DemoteSongCommand)
export class DemoteSongHandler implements ICommandHandler<DemoteSongCommand> {
  constructor(
    private readonly loader: SongLoader,
    @Inject(SONG_REPOSITORY) private readonly songs: SongRepository,
    @Inject(SUGGESTION_REPOSITORY) private readonly suggestions: SuggestionRepository,
    @Inject(SUGGESTION_READER) private readonly reader: SuggestionReader,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventBus,
    @Optional() @Inject(SONG_USAGE) private readonly usage: SongUsage | null = null,
  ) {}

  async execute(command: DemoteSongCommand): Promise<SuggestionView> {
    const song = await this.loader.load(command.userId, command.songId, 'manager');
    if (await this.usage?.isInPlannedSetlist(song.id)) throw new SongInSetlistError();
    song.demote(command.userId);
    const suggestion = Suggestion.fromSong(song, command.userId, this.clock.now());
    await this.unitOfWork.run(async () => {
      await this.songs.delete(song.id);
      await this.suggestions.save(suggestion);
    });
    this.events.publishAll([...song.pullEvents(), ...suggestion.pullEvents()]);
    return (await this.reader.findById(suggestion.id, command.userId))!;
  }
}
