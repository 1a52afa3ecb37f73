import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';

export class ResetPasswordRequest {
  @ApiProperty({ description: 'The `token` of the link printed by `npm run user -- reset-password USERNAME`.' })
  @IsText()
  @MaxLength(256)
  token: string;

  @ApiProperty({ minLength: 8, maxLength: 128, format: 'password' })
  @IsString()
  @Length(8, 128)
  newPassword: string;
}
