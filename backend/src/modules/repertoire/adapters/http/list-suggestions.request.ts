import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, MaxLength } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import { PageRequest } from '../../../../shared/http/page.request.js';
import type { SuggestionSort } from '../../application/ports/suggestion.reader.js';

const SORTS: SuggestionSort[] = ['votes', 'recent'];

export class ListSuggestionsRequest extends PageRequest {
  @ApiPropertyOptional({ enum: SORTS, default: 'votes', description: 'votes: most voted first, ties newest first' })
  @OptionalField()
  @IsIn(SORTS)
  sort: SuggestionSort = 'votes';

  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the title or the artist; case and accents ignored.' })
  @OptionalField()
  @IsText()
  @MaxLength(100)
  q?: string;
}
