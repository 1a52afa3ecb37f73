import { Query } from '@nestjs/cqrs';
import type { SongStatus, SongSummaryView } from '../../ports/song.reader.js';

export class ListSongsQuery extends Query<SongSummaryView[]> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
    readonly status: SongStatus | undefined,
    readonly q: string | undefined,
  ) {
    super();
  }
}
