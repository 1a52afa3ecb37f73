import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SongNotFoundError } from '../../../domain/repertoire.errors.js';
import { SONG_READER, type SongReader, type SongView } from '../../ports/song.reader.js';
import { RepertoireAccess } from '../../repertoire-access.js';
import { GetSongQuery } from './get-song.query.js';

/** One song as the caller sees it: their progress and note, the others' levels without names. */
@QueryHandler(GetSongQuery)
export class GetSongHandler implements IQueryHandler<GetSongQuery> {
  constructor(
    @Inject(SONG_READER) private readonly reader: SongReader,
    private readonly access: RepertoireAccess,
  ) {}

  async execute(query: GetSongQuery): Promise<SongView> {
    const song = await this.reader.findById(query.songId, query.userId);
    if (!song) throw new SongNotFoundError();
    await this.access.require(query.userId, song.bandId, 'member', { notFound: () => new SongNotFoundError() });
    return song;
  }
}
