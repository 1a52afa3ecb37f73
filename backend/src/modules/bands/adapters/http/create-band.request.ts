import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CreateBandRequest {
  @ApiProperty({ maxLength: 80, example: 'Les Rythmes du Jeudi' })
  @IsString()
  @Length(1, 80)
  name: string;
}
