import { Query } from '@nestjs/cqrs';
import type { SongView } from '../../ports/song.reader.js';

export class GetSongQuery extends Query<SongView> {
  constructor(
    readonly userId: string,
    readonly songId: string,
  ) {
    super();
  }
}
