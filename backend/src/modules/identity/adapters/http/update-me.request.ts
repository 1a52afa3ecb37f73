import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, Length, ValidateNested } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { Optional } from '../../../../shared/http/optional.decorator.js';
import { LOCALES, type Locale, THEMES, type Theme } from '../../domain/preferences.js';

export class PreferencesRequest {
  @ApiPropertyOptional({ enum: THEMES })
  @Optional()
  @IsIn(THEMES)
  theme?: Theme;

  @ApiPropertyOptional({ enum: LOCALES })
  @Optional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class UpdateMeRequest {
  @ApiPropertyOptional({ maxLength: 64 })
  @Optional()
  @IsText()
  @Length(1, 64)
  displayName?: string;

  @ApiPropertyOptional({ type: PreferencesRequest })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => PreferencesRequest)
  preferences?: PreferencesRequest;
}
