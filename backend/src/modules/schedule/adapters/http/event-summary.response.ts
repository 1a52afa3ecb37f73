import { ApiProperty } from '@nestjs/swagger';
import type { EventSummaryView } from '../../application/event-summary-view.js';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type EventType } from '../../domain/attendance.js';
import { GIG_STATUSES, type GigStatus } from '../../domain/gig.js';

/** A rehearsal or a gig in a list: the agenda's, the home screen's. */
export class EventSummaryResponse implements EventSummaryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['rehearsal', 'gig'] })
  type: EventType;

  @ApiProperty({ type: String, nullable: true, description: 'A gig’s title; null for a rehearsal' })
  title: string | null;

  @ApiProperty({ format: 'date-time', description: 'UTC' })
  startsAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'UTC' })
  endsAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ enum: GIG_STATUSES, description: 'A rehearsal is planned or cancelled' })
  status: GigStatus;

  @ApiProperty({ enum: ATTENDANCE_STATUSES, nullable: true, description: 'My answer; null while I have not answered' })
  myAttendance: AttendanceStatus | null;
}
