import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Length, Max, MaxLength, Min } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import { CURRENCIES, DEFAULT_CURRENCY } from '../../domain/currency.js';
import { GIG_STATUSES, type GigStatus, MAX_FEE_CENTS } from '../../domain/gig.js';
import { ADDRESS_MAX_LENGTH, TITLE_MAX_LENGTH } from '../../domain/schedule-text.js';
import { EventFieldsRequest } from './event-fields.request.js';
import { INSTANT_EXAMPLE, IsInstant } from './is-instant.decorator.js';

/** The optional fields of a gig; `null` clears one. */
class GigFieldsRequest extends EventFieldsRequest {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: ADDRESS_MAX_LENGTH })
  @OptionalField({ nullable: true })
  @IsText('multi-line')
  @MaxLength(ADDRESS_MAX_LENGTH)
  address?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: MAX_FEE_CENTS, description: 'In cents' })
  @OptionalField({ nullable: true })
  @IsInt()
  @Min(0)
  @Max(MAX_FEE_CENTS)
  feeCents?: number | null;

  @ApiPropertyOptional({ description: 'ISO 4217', default: DEFAULT_CURRENCY, example: 'EUR' })
  @OptionalField()
  @IsIn(CURRENCIES, { message: 'currency must be an ISO 4217 code in capitals, such as EUR' })
  currency?: string;

  @ApiPropertyOptional({ enum: GIG_STATUSES, default: 'planned' })
  @OptionalField()
  @IsIn(GIG_STATUSES)
  status?: GigStatus;
}

export class PlanGigRequest extends GigFieldsRequest {
  @ApiProperty({ maxLength: TITLE_MAX_LENGTH, example: 'Fête de la musique' })
  @IsText()
  @Length(1, TITLE_MAX_LENGTH)
  title: string;

  @ApiProperty({ format: 'date-time', example: INSTANT_EXAMPLE })
  @IsInstant()
  startsAt: string;
}

export class ChangeGigRequest extends GigFieldsRequest {
  @ApiPropertyOptional({ maxLength: TITLE_MAX_LENGTH })
  @OptionalField()
  @IsText()
  @Length(1, TITLE_MAX_LENGTH)
  title?: string;

  @ApiPropertyOptional({ format: 'date-time', example: INSTANT_EXAMPLE })
  @OptionalField()
  @IsInstant()
  startsAt?: string;
}
