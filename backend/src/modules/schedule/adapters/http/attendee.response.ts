import { ApiProperty } from '@nestjs/swagger';
import type { AttendeeView } from '../../application/attendance-list.js';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../domain/attendance.js';

/** A member of the band and their answer; the answer's fields are null while they have not answered. */
export class AttendeeResponse implements AttendeeView {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES, nullable: true, description: 'null: not answered yet' })
  status: AttendanceStatus | null;

  @ApiProperty({ type: String, nullable: true })
  comment: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  answeredAt: string | null;
}
