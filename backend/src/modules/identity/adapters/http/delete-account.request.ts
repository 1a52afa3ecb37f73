import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class DeleteAccountRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(1024)
  password: string;
}
