import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListBandSongsQuery } from '../../../repertoire/public-api.js';
import type { RepertoireSong, RepertoireSongs } from '../../application/ports/repertoire-songs.js';

/** The repertoire context's answer, asked on the query bus as the viewer. */
@Injectable()
export class QueryBusRepertoireSongs implements RepertoireSongs {
  constructor(private readonly queryBus: QueryBus) {}

  async songsOf(viewerId: string, bandId: string): Promise<RepertoireSong[]> {
    const songs = await this.queryBus.execute(new ListBandSongsQuery(viewerId, bandId, null));
    return songs.map(({ title, artist, key, bpm, durationSec, mastered }) => ({
      title,
      artist,
      key,
      bpm,
      durationSec,
      mastered,
    }));
  }
}
