import { Command } from '@nestjs/cqrs';
import type { SongAttributesChanges } from '../../../domain/song-attributes.js';
import type { SongDetailsChanges } from '../../../domain/song-details.js';
import type { SongView } from '../../ports/song.reader.js';

export class AddSongCommand extends Command<SongView> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
    readonly details: { title: string } & SongDetailsChanges,
    readonly attributes: SongAttributesChanges,
  ) {
    super();
  }
}
