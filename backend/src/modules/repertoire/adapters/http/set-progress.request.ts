import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, MaxLength, Min } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import { MAX_LEVEL, NOTE_MAX_LENGTH } from '../../domain/member-progress.js';

export class SetProgressRequest {
  @ApiProperty({ minimum: 0, maximum: MAX_LEVEL, description: '0: not started … 10: by heart (a whole number)' })
  @IsInt()
  @Min(0)
  @Max(MAX_LEVEL)
  level: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: NOTE_MAX_LENGTH,
    description: 'Private: nobody else ever reads it. Absent keeps the note you had; null clears it.',
  })
  @OptionalField({ nullable: true })
  @IsText('multi-line')
  @MaxLength(NOTE_MAX_LENGTH)
  note?: string | null;
}
