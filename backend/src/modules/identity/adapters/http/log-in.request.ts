import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';

/** Deliberately lenient: a malformed username is just a wrong one (401), never a hint. */
export class LogInRequest {
  @ApiProperty({ example: 'lea.drums' })
  @IsText()
  @MaxLength(256)
  username: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(1024)
  password: string;
}
