import { ApiProperty } from '@nestjs/swagger';
import { MaxLength } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';

export class JoinBandRequest {
  @ApiProperty({ example: 'K7RD9-PXM4H', description: 'Any case; spaces and dashes are ignored.' })
  @IsText()
  @MaxLength(64)
  inviteCode: string;
}
