import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BandAccess } from '../../../../bands/public-api.js';
import { searchText } from '../../../domain/search-text.js';
import { SONG_READER, type SongReader, type SongSummaryView } from '../../ports/song.reader.js';
import { ListSongsQuery } from './list-songs.query.js';

/** The band's repertoire, by title, with my level and the band's. */
@QueryHandler(ListSongsQuery)
export class ListSongsHandler implements IQueryHandler<ListSongsQuery> {
  constructor(
    @Inject(SONG_READER) private readonly reader: SongReader,
    private readonly access: BandAccess,
  ) {}

  async execute(query: ListSongsQuery): Promise<SongSummaryView[]> {
    await this.access.require(query.userId, query.bandId, 'member');
    return this.reader.list({
      bandId: query.bandId,
      viewerId: query.userId,
      status: query.status ?? null,
      search: query.q?.trim() ? searchText(query.q.trim()) : null,
    });
  }
}
