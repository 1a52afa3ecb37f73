import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../../shared/application/page-cursor.js';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import type { SuggestionSort } from '../../application/ports/suggestion.reader.js';

const SORTS: SuggestionSort[] = ['votes', 'recent'];

export class ListSuggestionsRequest {
  @ApiPropertyOptional({ enum: SORTS, default: 'votes', description: 'votes: most voted first, ties newest first' })
  @OptionalField()
  @IsIn(SORTS)
  sort: SuggestionSort = 'votes';

  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the title or the artist; case and accents ignored.' })
  @OptionalField()
  @IsText()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @OptionalField()
  @IsString()
  @MaxLength(1024)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = DEFAULT_PAGE_SIZE;
}
