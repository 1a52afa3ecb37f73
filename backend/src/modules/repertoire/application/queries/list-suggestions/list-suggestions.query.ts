import { Query } from '@nestjs/cqrs';
import type { Page } from '../../../../../shared/application/page-cursor.js';
import type { SuggestionSort, SuggestionView } from '../../ports/suggestion.reader.js';

export class ListSuggestionsQuery extends Query<Page<SuggestionView>> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
    readonly sort: SuggestionSort,
    readonly q: string | undefined,
    readonly cursor: string | undefined,
    readonly limit: number,
  ) {
    super();
  }
}
