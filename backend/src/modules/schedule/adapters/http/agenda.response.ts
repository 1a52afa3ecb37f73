import { ApiProperty } from '@nestjs/swagger';
import type { AgendaItemView } from '../../application/ports/agenda.reader.js';
import type { AgendaPage } from '../../application/queries/list-agenda/list-agenda.query.js';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type EventType } from '../../domain/attendance.js';
import { GIG_STATUSES, type GigStatus } from '../../domain/gig.js';

export class AgendaItemResponse implements AgendaItemView {
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

  @ApiProperty({ enum: ATTENDANCE_STATUSES, nullable: true, description: 'Your answer; null: not answered' })
  myAttendance: AttendanceStatus | null;
}

export class AgendaResponse implements AgendaPage {
  @ApiProperty({ type: [AgendaItemResponse] })
  items: AgendaItemResponse[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass it as `cursor` for the next page; null on the last.',
  })
  nextCursor: string | null;

  @ApiProperty({ example: 'Europe/Paris', description: 'The band’s IANA time zone: show the times on its clock' })
  timeZone: string;
}
