import { Query } from '@nestjs/cqrs';
import type { Page } from '../../../../../shared/application/page-cursor.js';
import type { SongSort, SongStatus, SongSummaryView } from '../../ports/song.reader.js';

export class ListSongsQuery extends Query<Page<SongSummaryView>> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
    readonly status: SongStatus | undefined,
    readonly q: string | undefined,
    readonly sort: SongSort,
    readonly cursor: string | undefined,
    readonly limit: number,
  ) {
    super();
  }
}
