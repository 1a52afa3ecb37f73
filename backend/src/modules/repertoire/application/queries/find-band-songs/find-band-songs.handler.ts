import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SONG_READER, type SongReader } from '../../ports/song.reader.js';
import { FindBandSongsQuery } from './find-band-songs.query.js';

@QueryHandler(FindBandSongsQuery)
export class FindBandSongsHandler implements IQueryHandler<FindBandSongsQuery> {
  constructor(@Inject(SONG_READER) private readonly songs: SongReader) {}

  async execute(query: FindBandSongsQuery): Promise<string[]> {
    return this.songs.idsInBand(query.bandId, query.songIds);
  }
}
