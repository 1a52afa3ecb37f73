import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type Page, pageOf } from '../../../../../shared/application/page-cursor.js';
import { BandAccess } from '../../../../bands/public-api.js';
import { searchText } from '../../../domain/search-text.js';
import { SONG_READER, type SongReader, type SongSummaryView } from '../../ports/song.reader.js';
import { ListSongsQuery } from './list-songs.query.js';
import { songCursor, songPosition } from './song-cursor.js';

/** The band's repertoire, a page at a time, with my level and the band's. */
@QueryHandler(ListSongsQuery)
export class ListSongsHandler implements IQueryHandler<ListSongsQuery> {
  constructor(
    @Inject(SONG_READER) private readonly reader: SongReader,
    private readonly access: BandAccess,
  ) {}

  async execute(query: ListSongsQuery): Promise<Page<SongSummaryView>> {
    await this.access.require(query.userId, query.bandId, 'member');
    const search = query.q?.trim() ? searchText(query.q.trim()) : null;
    const after = query.cursor === undefined ? null : songPosition(query.cursor, query.sort, search);
    const rows = await this.reader.list({
      bandId: query.bandId,
      viewerId: query.userId,
      status: query.status ?? null,
      search,
      sort: query.sort,
      after,
      limit: query.limit + 1,
    });
    return pageOf(rows, query.limit, (last) => songCursor(last, query.sort, search));
  }
}
