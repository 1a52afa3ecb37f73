import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Length, MaxLength } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import { TITLE_MAX_LENGTH } from '../../domain/song-title.js';
import { COMMENT_MAX_LENGTH } from '../../domain/suggestion.js';
import { SongFieldsRequest } from './song-fields.request.js';

/** Why the member proposes it; `null` clears it. */
class SuggestionFieldsRequest extends SongFieldsRequest {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: COMMENT_MAX_LENGTH })
  @OptionalField({ nullable: true })
  @IsText('multi-line')
  @MaxLength(COMMENT_MAX_LENGTH)
  comment?: string | null;
}

export class ProposeSuggestionRequest extends SuggestionFieldsRequest {
  @ApiProperty({ maxLength: TITLE_MAX_LENGTH, example: 'Seven Nation Army' })
  @IsText()
  @Length(1, TITLE_MAX_LENGTH)
  title: string;
}

/** The same fields, each optional; a title cannot be removed. */
export class EditSuggestionRequest extends SuggestionFieldsRequest {
  @ApiPropertyOptional({ maxLength: TITLE_MAX_LENGTH })
  @OptionalField()
  @IsText()
  @Length(1, TITLE_MAX_LENGTH)
  title?: string;
}
