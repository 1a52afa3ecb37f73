import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type Page, pageOf } from '../../../../../shared/application/page-cursor.js';
import { BandAccess } from '../../../../bands/public-api.js';
import { searchText } from '../../../domain/search-text.js';
import { SUGGESTION_READER, type SuggestionReader, type SuggestionView } from '../../ports/suggestion.reader.js';
import { ListSuggestionsQuery } from './list-suggestions.query.js';
import { suggestionCursor, suggestionPosition } from './suggestion-cursor.js';

/** A band's suggestions, a page at a time, each with its count and the caller's own vote. */
@QueryHandler(ListSuggestionsQuery)
export class ListSuggestionsHandler implements IQueryHandler<ListSuggestionsQuery> {
  constructor(
    @Inject(SUGGESTION_READER) private readonly reader: SuggestionReader,
    private readonly access: BandAccess,
  ) {}

  async execute(query: ListSuggestionsQuery): Promise<Page<SuggestionView>> {
    await this.access.require(query.userId, query.bandId, 'member');
    const search = query.q?.trim() ? searchText(query.q.trim()) : null;
    const after = query.cursor === undefined ? null : suggestionPosition(query.cursor, query.sort, search);
    const rows = await this.reader.list({
      bandId: query.bandId,
      viewerId: query.userId,
      sort: query.sort,
      search,
      after,
      limit: query.limit + 1,
    });
    return pageOf(rows, query.limit, (last) => suggestionCursor(last, query.sort, search));
  }
}
