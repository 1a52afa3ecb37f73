import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, MaxLength } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import { PageRequest } from '../../../../shared/http/page.request.js';
import type { SongSort, SongStatus } from '../../application/ports/song.reader.js';

const STATUSES: SongStatus[] = ['learning', 'mastered'];
const SORTS: SongSort[] = ['title', 'myLevel', 'bandAverage'];

export class ListSongsRequest extends PageRequest {
  @ApiPropertyOptional({ enum: STATUSES, description: 'Absent: every song' })
  @OptionalField()
  @IsIn(STATUSES)
  status?: SongStatus;

  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the title or the artist; case and accents ignored.' })
  @OptionalField()
  @IsText()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    enum: SORTS,
    default: 'title',
    description: 'myLevel, bandAverage: lowest first (what needs work), songs not rated yet before all; ties by title',
  })
  @OptionalField()
  @IsIn(SORTS)
  sort: SongSort = 'title';
}
