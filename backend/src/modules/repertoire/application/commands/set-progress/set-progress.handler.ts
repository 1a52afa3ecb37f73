import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { MemberProgress } from '../../../domain/member-progress.js';
import { PROGRESS_REPOSITORY, type ProgressRepository } from '../../ports/progress.repository.js';
import { SONG_READER, type SongReader, type SongView } from '../../ports/song.reader.js';
import { SongLoader } from '../../song-loader.js';
import { SetProgressCommand } from './set-progress.command.js';

/** A member sets their own level on a song, and their private note. */
@CommandHandler(SetProgressCommand)
export class SetProgressHandler implements ICommandHandler<SetProgressCommand> {
  constructor(
    private readonly loader: SongLoader,
    @Inject(PROGRESS_REPOSITORY) private readonly progress: ProgressRepository,
    @Inject(SONG_READER) private readonly reader: SongReader,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async execute(command: SetProgressCommand): Promise<SongView> {
    const song = await this.loader.load(command.userId, command.songId, 'member');
    const progress = MemberProgress.set({
      songId: song.id,
      bandId: song.bandId,
      memberId: command.userId,
      level: command.level,
      note: command.note,
      now: this.clock.now(),
    });
    await this.progress.save(progress);
    this.events.publishAll(progress.pullEvents());
    return (await this.reader.findById(song.id, command.userId))!;
  }
}
