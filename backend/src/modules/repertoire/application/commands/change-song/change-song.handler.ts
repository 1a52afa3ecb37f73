import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { SONG_READER, type SongReader, type SongView } from '../../ports/song.reader.js';
import { SONG_REPOSITORY, type SongRepository } from '../../ports/song.repository.js';
import { SongLoader } from '../../song-loader.js';
import { ChangeSongCommand } from './change-song.command.js';

/** A manager changes a song's fields, key, tempo, duration, or marks it mastered. */
@CommandHandler(ChangeSongCommand)
export class ChangeSongHandler implements ICommandHandler<ChangeSongCommand> {
  constructor(
    private readonly loader: SongLoader,
    @Inject(SONG_REPOSITORY) private readonly songs: SongRepository,
    @Inject(SONG_READER) private readonly reader: SongReader,
    private readonly events: EventBus,
  ) {}

  async execute(command: ChangeSongCommand): Promise<SongView> {
    const song = await this.loader.load(command.userId, command.songId, 'manager');
    song.change(command.changes, command.userId);
    await this.songs.save(song);
    this.events.publishAll(song.pullEvents());
    return (await this.reader.findById(song.id, command.userId))!;
  }
}
