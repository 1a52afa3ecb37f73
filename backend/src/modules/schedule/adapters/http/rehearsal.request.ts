import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsUUID, Matches, ValidateNested } from 'class-validator';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import { MAX_REHEARSAL_SONGS, REHEARSAL_STATUSES, type RehearsalStatus } from '../../domain/rehearsal.js';
import { REPEAT_EVERY, type RepeatEvery } from '../../domain/series.js';
import { EventFieldsRequest } from './event-fields.request.js';
import { INSTANT_EXAMPLE, IsInstant } from './is-instant.decorator.js';

class RehearsalFieldsRequest extends EventFieldsRequest {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_REHEARSAL_SONGS,
    description: 'The songs to work on, from the band’s repertoire (422 SCHEDULE.SONG_NOT_IN_REPERTOIRE otherwise)',
  })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(MAX_REHEARSAL_SONGS)
  @IsUUID('all', { each: true })
  songIds?: string[];
}

export class RepeatRequest {
  @ApiProperty({ enum: REPEAT_EVERY })
  @IsIn(REPEAT_EVERY)
  every: RepeatEvery;

  @ApiProperty({
    example: '2027-06-30',
    description: 'The last day a date may fall on, included, in the band’s time zone; at most a year after the first',
  })
  @Matches(/^\d{4}-\d\d-\d\d$/, { message: 'until must be a date such as 2027-06-30' })
  until: string;
}

export class PlanRehearsalsRequest extends RehearsalFieldsRequest {
  @ApiProperty({ format: 'date-time', example: INSTANT_EXAMPLE, description: 'The first date' })
  @IsInstant()
  startsAt: string;

  @ApiPropertyOptional({ type: RepeatRequest, description: 'A series: every week or fortnight, until a date' })
  @OptionalField()
  @IsObject()
  @ValidateNested()
  @Type(() => RepeatRequest)
  repeat?: RepeatRequest;
}

export class ChangeRehearsalRequest extends RehearsalFieldsRequest {
  @ApiPropertyOptional({
    format: 'date-time',
    example: INSTANT_EXAMPLE,
    description: 'With scope=following, every later date moves by the same shift on the band’s wall clock',
  })
  @OptionalField()
  @IsInstant()
  startsAt?: string;

  @ApiPropertyOptional({ enum: REHEARSAL_STATUSES, description: '`cancelled` calls the date off (it stays listed)' })
  @OptionalField()
  @IsIn(REHEARSAL_STATUSES)
  status?: RehearsalStatus;
}

export class ScopeRequest {
  @ApiPropertyOptional({
    enum: ['this', 'following'],
    default: 'this',
    description: 'For a date of a series: this date alone, or it and every later date of the series',
  })
  @OptionalField()
  @IsIn(['this', 'following'])
  scope: 'this' | 'following' = 'this';
}
