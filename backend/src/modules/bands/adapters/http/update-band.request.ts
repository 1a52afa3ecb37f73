import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Length, MaxLength } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import { LANGUAGES, type Language, TEMPLATES, type Template } from '../../domain/band-settings.js';

export class UpdateBandRequest {
  @ApiPropertyOptional({ maxLength: 80 })
  @OptionalField()
  @IsText()
  @Length(1, 80)
  name?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Several lines allowed.' })
  @OptionalField()
  @IsText('multi-line')
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ enum: TEMPLATES })
  @OptionalField()
  @IsIn(TEMPLATES)
  template?: Template;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 2048,
    description: 'https:// or http://; null removes it',
  })
  @OptionalField({ nullable: true })
  @IsText()
  @MaxLength(2048)
  logoUrl?: string | null;

  @ApiPropertyOptional({ example: 'Europe/Paris', description: 'IANA time zone' })
  @OptionalField()
  @IsText()
  @MaxLength(64)
  timezone?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language of the band’s exports (PDF, CSV)' })
  @OptionalField()
  @IsIn(LANGUAGES)
  language?: Language;
}
