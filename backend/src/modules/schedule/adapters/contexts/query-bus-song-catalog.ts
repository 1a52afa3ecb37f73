import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { type BandSongView, ListBandSongsQuery } from '../../../repertoire/public-api.js';
import type { SongCatalog } from '../../application/ports/song-catalog.js';

/** The repertoire context's answer, asked on the query bus as the viewer. */
@Injectable()
export class QueryBusSongCatalog implements SongCatalog {
  constructor(private readonly queryBus: QueryBus) {}

  async songsOf(viewerId: string, bandId: string, songIds: readonly string[]): Promise<BandSongView[]> {
    if (songIds.length === 0) return [];
    return this.queryBus.execute(new ListBandSongsQuery(viewerId, bandId, songIds));
  }

  allOf(viewerId: string, bandId: string): Promise<BandSongView[]> {
    return this.queryBus.execute(new ListBandSongsQuery(viewerId, bandId, null));
  }
}
