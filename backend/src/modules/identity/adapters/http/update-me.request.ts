import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, Length, ValidateNested } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import { LOCALES, type Locale, THEMES, type Theme } from '../../domain/preferences.js';

export class PreferencesRequest {
  @ApiPropertyOptional({ enum: THEMES })
  @OptionalField()
  @IsIn(THEMES)
  theme?: Theme;

  @ApiPropertyOptional({ enum: LOCALES })
  @OptionalField()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class UpdateMeRequest {
  @ApiPropertyOptional({ maxLength: 64 })
  @OptionalField()
  @IsText()
  @Length(1, 64)
  displayName?: string;

  @ApiPropertyOptional({ type: PreferencesRequest })
  @OptionalField()
  @IsObject()
  @ValidateNested()
  @Type(() => PreferencesRequest)
  preferences?: PreferencesRequest;
}
