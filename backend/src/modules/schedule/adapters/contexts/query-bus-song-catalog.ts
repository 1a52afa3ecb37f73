import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { FindBandSongsQuery } from '../../../repertoire/public-api.js';
import type { SongCatalog } from '../../application/ports/song-catalog.js';

/** The repertoire context's answer, asked on the query bus. */
@Injectable()
export class QueryBusSongCatalog implements SongCatalog {
  constructor(private readonly queryBus: QueryBus) {}

  async notInBand(bandId: string, songIds: readonly string[]): Promise<string[]> {
    if (songIds.length === 0) return [];
    const found = new Set(await this.queryBus.execute(new FindBandSongsQuery(bandId, songIds)));
    return songIds.filter((id) => !found.has(id));
  }
}
