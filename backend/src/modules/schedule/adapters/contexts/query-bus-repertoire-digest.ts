import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListSongsQuery, ListSuggestionsQuery } from '../../../repertoire/public-api.js';
import type { RepertoireDigest, SongDigest, SuggestionDigest } from '../../application/ports/repertoire-digest.js';

/** The repertoire's own lists, their first page, asked on the query bus as the viewer. */
@Injectable()
export class QueryBusRepertoireDigest implements RepertoireDigest {
  constructor(private readonly queryBus: QueryBus) {}

  async topSuggestions(viewerId: string, bandId: string, limit: number): Promise<SuggestionDigest[]> {
    const { items } = await this.queryBus.execute(
      new ListSuggestionsQuery(viewerId, bandId, 'votes', undefined, undefined, limit),
    );
    return items.map(({ id, title, artist, votes, votedByMe }) => ({ id, title, artist, votes, votedByMe }));
  }

  async songsToWork(viewerId: string, bandId: string, limit: number): Promise<SongDigest[]> {
    const { items } = await this.queryBus.execute(
      new ListSongsQuery(viewerId, bandId, 'learning', undefined, 'myLevel', undefined, limit),
    );
    return items.map(({ id, title, artist, myLevel, bandAverageLevel }) => ({
      id,
      title,
      artist,
      myLevel,
      bandAverageLevel,
    }));
  }
}
