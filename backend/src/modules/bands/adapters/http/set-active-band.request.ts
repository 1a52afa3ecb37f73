import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class SetActiveBandRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  bandId: string;
}
