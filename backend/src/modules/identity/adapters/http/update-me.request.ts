import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { LOCALES, type Locale, THEMES, type Theme } from '../../domain/preferences.js';

export class PreferencesRequest {
  @ApiPropertyOptional({ enum: THEMES })
  @IsOptional()
  @IsIn(THEMES)
  theme?: Theme;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class UpdateMeRequest {
  @ApiPropertyOptional({ maxLength: 64 })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  displayName?: string;

  @ApiPropertyOptional({ type: PreferencesRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => PreferencesRequest)
  preferences?: PreferencesRequest;
}
