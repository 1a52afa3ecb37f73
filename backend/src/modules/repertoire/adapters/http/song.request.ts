import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, Length, Max, MaxLength, Min } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import { BPM_RANGE, DURATION_RANGE, KEY_MAX_LENGTH } from '../../domain/song-attributes.js';
import { TITLE_MAX_LENGTH } from '../../domain/song-title.js';
import { SongFieldsRequest } from './song-fields.request.js';

/** How the band plays it; `null` clears a field. */
class SongAttributesRequest extends SongFieldsRequest {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: KEY_MAX_LENGTH, example: 'Mi mineur' })
  @OptionalField({ nullable: true })
  @IsText()
  @MaxLength(KEY_MAX_LENGTH)
  key?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: BPM_RANGE.min, maximum: BPM_RANGE.max })
  @OptionalField({ nullable: true })
  @IsInt()
  @Min(BPM_RANGE.min)
  @Max(BPM_RANGE.max)
  bpm?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: DURATION_RANGE.min, maximum: DURATION_RANGE.max })
  @OptionalField({ nullable: true })
  @IsInt()
  @Min(DURATION_RANGE.min)
  @Max(DURATION_RANGE.max)
  durationSec?: number | null;
}

export class AddSongRequest extends SongAttributesRequest {
  @ApiProperty({ maxLength: TITLE_MAX_LENGTH, example: 'Seven Nation Army' })
  @IsText()
  @Length(1, TITLE_MAX_LENGTH)
  title: string;
}

export class ChangeSongRequest extends SongAttributesRequest {
  @ApiPropertyOptional({ maxLength: TITLE_MAX_LENGTH })
  @OptionalField()
  @IsText()
  @Length(1, TITLE_MAX_LENGTH)
  title?: string;

  @ApiPropertyOptional({ description: 'The band knows it: it moves from learning to mastered.' })
  @OptionalField()
  @IsBoolean()
  mastered?: boolean;
}
