import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** Deliberately lenient: a malformed username is just a wrong one (401), never a hint. */
export class LogInRequest {
  @ApiProperty({ example: 'lea.drums' })
  @IsString()
  @MaxLength(256)
  username: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(1024)
  password: string;
}
