import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, MaxLength } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import type { SongStatus } from '../../application/ports/song.reader.js';

const STATUSES: SongStatus[] = ['learning', 'mastered'];

export class ListSongsRequest {
  @ApiPropertyOptional({ enum: STATUSES, description: 'Absent: every song' })
  @OptionalField()
  @IsIn(STATUSES)
  status?: SongStatus;

  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the title or the artist; case and accents ignored.' })
  @OptionalField()
  @IsText()
  @MaxLength(100)
  q?: string;
}
