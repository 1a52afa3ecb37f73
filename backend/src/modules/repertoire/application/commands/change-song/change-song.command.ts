import { Command } from '@nestjs/cqrs';
import type { SongChanges } from '../../../domain/song.js';
import type { SongView } from '../../ports/song.reader.js';

export class ChangeSongCommand extends Command<SongView> {
  constructor(
    readonly userId: string,
    readonly songId: string,
    readonly changes: SongChanges,
  ) {
    super();
  }
}
