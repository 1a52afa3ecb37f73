import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, MaxLength } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../domain/attendance.js';
import { COMMENT_MAX_LENGTH } from '../../domain/schedule-text.js';

export class AnswerAttendanceRequest {
  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  @IsIn(ATTENDANCE_STATUSES)
  status: AttendanceStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: COMMENT_MAX_LENGTH,
    example: 'Je pars à 22 h',
    description: 'Left out: the comment given before stays (a one-tap answer); null clears it.',
  })
  @OptionalField({ nullable: true })
  @IsText('multi-line')
  @MaxLength(COMMENT_MAX_LENGTH)
  comment?: string | null;
}
