import { ApiProperty } from '@nestjs/swagger';
import { AttendeeResponse } from './attendee.response.js';

/** What a rehearsal and a gig answer alike. */
export class EventResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  bandId: string;

  @ApiProperty({ format: 'date-time', description: 'UTC' })
  startsAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'UTC' })
  endsAt: string | null;

  @ApiProperty({ example: 'Europe/Paris', description: 'The band’s IANA time zone: show the times on its clock' })
  timeZone: string;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ type: String, nullable: true })
  notes: string | null;

  @ApiProperty({ type: [AttendeeResponse], description: 'Every member of the band, answered or not' })
  attendance: AttendeeResponse[];
}
