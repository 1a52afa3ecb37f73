import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';
import { TITLE_MAX_LENGTH } from '../../domain/song-title.js';
import { COMMENT_MAX_LENGTH } from '../../domain/suggestion.js';
import { SongFieldsRequest, UnlessAbsent, UnlessAbsentOrNull } from './song-fields.request.js';

/** Why the member proposes it; `null` clears it. */
class SuggestionFieldsRequest extends SongFieldsRequest {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: COMMENT_MAX_LENGTH })
  @UnlessAbsentOrNull()
  @IsString()
  @MaxLength(COMMENT_MAX_LENGTH)
  comment?: string | null;
}

export class ProposeSuggestionRequest extends SuggestionFieldsRequest {
  @ApiProperty({ maxLength: TITLE_MAX_LENGTH, example: 'Seven Nation Army' })
  @IsString()
  @Length(1, TITLE_MAX_LENGTH)
  title: string;
}

/** The same fields, each optional; a title cannot be removed. */
export class EditSuggestionRequest extends SuggestionFieldsRequest {
  @ApiPropertyOptional({ maxLength: TITLE_MAX_LENGTH })
  @UnlessAbsent()
  @IsString()
  @Length(1, TITLE_MAX_LENGTH)
  title?: string;
}
