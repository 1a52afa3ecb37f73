import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { SongInSetlistError } from '../../../domain/repertoire.errors.js';
import { SONG_REPOSITORY, type SongRepository } from '../../ports/song.repository.js';
import { SONG_USAGE, type SongUsage } from '../../ports/song-usage.js';
import { SongLoader } from '../../song-loader.js';
import { RemoveSongCommand } from './remove-song.command.js';

/**
 * A manager removes a song, every member's progress with it; refused (409) while a planned gig's
 * setlist holds it. SongUsage comes from the schedule context.
 */
@CommandHandler(RemoveSongCommand)
export class RemoveSongHandler implements ICommandHandler<RemoveSongCommand> {
  constructor(
    private readonly loader: SongLoader,
    @Inject(SONG_REPOSITORY) private readonly songs: SongRepository,
    private readonly events: EventBus,
    @Optional() @Inject(SONG_USAGE) private readonly usage: SongUsage | null = null,
  ) {}

  async execute(command: RemoveSongCommand): Promise<void> {
    const song = await this.loader.load(command.userId, command.songId, 'manager');
    if (await this.usage?.isInPlannedSetlist(song.id)) throw new SongInSetlistError();
    song.remove(command.userId);
    await this.songs.delete(song.id);
    this.events.publishAll(song.pullEvents());
  }
}
