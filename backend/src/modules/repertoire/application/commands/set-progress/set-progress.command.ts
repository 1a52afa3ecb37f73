import { Command } from '@nestjs/cqrs';
import type { SongView } from '../../ports/song.reader.js';

export class SetProgressCommand extends Command<SongView> {
  constructor(
    readonly userId: string,
    readonly songId: string,
    readonly level: number,
    /** undefined keeps the stored note; null clears it */
    readonly note: string | null | undefined,
  ) {
    super();
  }
}
