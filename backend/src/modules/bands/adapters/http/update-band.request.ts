import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { TEMPLATES, type Template } from '../../domain/band-settings.js';

export class UpdateBandRequest {
  @ApiPropertyOptional({ maxLength: 80 })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  name?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ enum: TEMPLATES })
  @IsOptional()
  @IsIn(TEMPLATES)
  template?: Template;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 2048,
    description: 'https:// or http://; null removes it',
  })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(2048)
  logoUrl?: string | null;

  @ApiPropertyOptional({ example: 'Europe/Paris', description: 'IANA time zone' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timezone?: string;
}
