import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { SongStatus } from '../../application/ports/song.reader.js';

const STATUSES: SongStatus[] = ['learning', 'mastered'];

export class ListSongsRequest {
  @ApiPropertyOptional({ enum: STATUSES, description: 'Absent: every song' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: SongStatus;

  @ApiPropertyOptional({ maxLength: 100, description: 'Part of the title or the artist; case and accents ignored.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
