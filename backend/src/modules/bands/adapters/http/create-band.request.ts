import { ApiProperty } from '@nestjs/swagger';
import { Length } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';

export class CreateBandRequest {
  @ApiProperty({ maxLength: 80, example: 'Les Rythmes du Jeudi' })
  @IsText()
  @Length(1, 80)
  name: string;
}
