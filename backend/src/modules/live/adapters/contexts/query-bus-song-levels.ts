import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListBandSongsQuery } from '../../../repertoire/public-api.js';
import type { SongLevels } from '../../application/ports/song-levels.js';

/** The repertoire's answer, asked on the query bus as the member whose level changed. */
@Injectable()
export class QueryBusSongLevels implements SongLevels {
  constructor(private readonly queryBus: QueryBus) {}

  async bandAverageLevel(memberId: string, bandId: string, songId: string): Promise<number | null> {
    const [song] = await this.queryBus.execute(new ListBandSongsQuery(memberId, bandId, [songId]));
    return song?.bandAverageLevel ?? null;
  }
}
