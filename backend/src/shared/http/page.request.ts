import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../application/page-cursor.js';
import { OptionalField } from './optional-field.decorator.js';

/** `?limit=&cursor=` of a list that can grow (API.md): the query DTO of such a list extends it. */
export class PageRequest {
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
