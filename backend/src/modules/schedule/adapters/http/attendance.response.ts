import { ApiProperty } from '@nestjs/swagger';
import type { AnsweredView } from '../../application/commands/answer-attendance/answer-attendance.command.js';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../domain/attendance.js';

export class AnsweredResponse implements AnsweredView {
  @ApiProperty({ type: [String], format: 'uuid', description: 'The events this answer was given to' })
  eventIds: string[];

  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  status: AttendanceStatus;

  @ApiProperty({ type: String, nullable: true })
  comment: string | null;

  @ApiProperty({ format: 'date-time' })
  answeredAt: string;
}
