import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';

export class RegisterRequest {
  @ApiProperty({ example: 'lea.drums', description: '3–32 of a-z 0-9 . _ - (stored in lowercase)' })
  @IsText()
  @Matches(/^\s*[A-Za-z0-9._-]{3,32}\s*$/, {
    message: 'username must be 3 to 32 characters: letters, digits, dot, underscore or hyphen',
  })
  username: string;

  @ApiProperty({ minLength: 8, maxLength: 128, format: 'password' })
  @IsString()
  @Length(8, 128)
  password: string;

  @ApiPropertyOptional({ maxLength: 64, example: 'Léa' })
  @OptionalField()
  @IsText()
  @Length(1, 64)
  displayName?: string;
}
