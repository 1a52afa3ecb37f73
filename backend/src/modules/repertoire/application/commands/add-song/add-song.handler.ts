import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { newId } from '../../../../../shared/application/ids.js';
import { BandAccess } from '../../../../bands/public-api.js';
import { Song } from '../../../domain/song.js';
import { SONG_READER, type SongReader, type SongView } from '../../ports/song.reader.js';
import { SONG_REPOSITORY, type SongRepository } from '../../ports/song.repository.js';
import { AddSongCommand } from './add-song.command.js';

/** A manager adds a song straight to the repertoire, without a suggestion. */
@CommandHandler(AddSongCommand)
export class AddSongHandler implements ICommandHandler<AddSongCommand> {
  constructor(
    @Inject(SONG_REPOSITORY) private readonly songs: SongRepository,
    @Inject(SONG_READER) private readonly reader: SongReader,
    private readonly access: BandAccess,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async execute(command: AddSongCommand): Promise<SongView> {
    await this.access.require(command.userId, command.bandId, 'manager');
    const song = Song.add({
      id: newId(),
      bandId: command.bandId,
      details: command.details,
      attributes: command.attributes,
      actorId: command.userId,
      now: this.clock.now(),
    });
    await this.songs.save(song);
    this.events.publishAll(song.pullEvents());
    return (await this.reader.findById(song.id, command.userId))!;
  }
}
