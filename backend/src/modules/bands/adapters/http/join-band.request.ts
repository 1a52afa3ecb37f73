import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class JoinBandRequest {
  @ApiProperty({ example: 'K7RD9-PXM4H', description: 'Any case; spaces and dashes are ignored.' })
  @IsString()
  @MaxLength(64)
  inviteCode: string;
}
