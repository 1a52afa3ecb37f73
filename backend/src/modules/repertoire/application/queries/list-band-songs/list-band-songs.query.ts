import { Query } from '@nestjs/cqrs';
import type { BandSongView } from '../../ports/song.reader.js';

/** For the other contexts: the band's songs among `songIds` (all of them: null), for a caller who is a member. */
export class ListBandSongsQuery extends Query<BandSongView[]> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
    readonly songIds: readonly string[] | null,
  ) {
    super();
  }
}
