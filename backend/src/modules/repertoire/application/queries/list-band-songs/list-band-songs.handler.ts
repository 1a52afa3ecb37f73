import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BandAccess } from '../../../../bands/public-api.js';
import { type BandSongView, SONG_READER, type SongReader } from '../../ports/song.reader.js';
import { ListBandSongsQuery } from './list-band-songs.query.js';

/** The band's songs among some ids (a setlist's, a rehearsal's), unknown and other bands' left out. */
@QueryHandler(ListBandSongsQuery)
export class ListBandSongsHandler implements IQueryHandler<ListBandSongsQuery> {
  constructor(
    @Inject(SONG_READER) private readonly reader: SongReader,
    private readonly bands: BandAccess,
  ) {}

  async execute(query: ListBandSongsQuery): Promise<BandSongView[]> {
    await this.bands.require(query.userId, query.bandId, 'member');
    return this.reader.bandSongs(query.bandId, query.songIds);
  }
}
