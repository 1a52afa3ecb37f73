import { ApiPropertyOptional } from '@nestjs/swagger';
import { MaxLength } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import { LOCATION_MAX_LENGTH, NOTES_MAX_LENGTH } from '../../domain/schedule-text.js';
import { IsInstant } from './is-instant.decorator.js';

/** The optional fields a rehearsal and a gig share; `null` clears one. */
export class EventFieldsRequest {
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'After startsAt' })
  @OptionalField({ nullable: true })
  @IsInstant()
  endsAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LOCATION_MAX_LENGTH, example: 'Studio Bleu' })
  @OptionalField({ nullable: true })
  @IsText()
  @MaxLength(LOCATION_MAX_LENGTH)
  location?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: NOTES_MAX_LENGTH })
  @OptionalField({ nullable: true })
  @IsText('multi-line')
  @MaxLength(NOTES_MAX_LENGTH)
  notes?: string | null;
}

/** The request's times as instants; the other fields as they came. */
export function eventChanges<T extends EventFieldsRequest & { startsAt?: string }>(request: T) {
  const { startsAt, endsAt, ...fields } = request;
  return {
    ...fields,
    ...(startsAt === undefined ? {} : { startsAt: new Date(startsAt) }),
    ...(endsAt === undefined ? {} : { endsAt: endsAt === null ? null : new Date(endsAt) }),
  };
}
