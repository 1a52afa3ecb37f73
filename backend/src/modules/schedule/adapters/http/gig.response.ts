import { ApiProperty } from '@nestjs/swagger';
import type { GigView } from '../../application/gig-view.js';
import { GIG_STATUSES, type GigStatus } from '../../domain/gig.js';
import { AttendeeResponse } from './attendee.response.js';
import { SetlistResponse } from './setlist.response.js';

/** The view as is: `implements` makes every field of the view a documented one. */
export class GigResponse implements GigView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  bandId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'date-time', description: 'UTC' })
  startsAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'UTC' })
  endsAt: string | null;

  @ApiProperty({ example: 'Europe/Paris', description: 'The band’s IANA time zone: show the times on its clock' })
  timeZone: string;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ type: String, nullable: true })
  address: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'In cents of `currency`' })
  feeCents: number | null;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty({ type: String, nullable: true })
  notes: string | null;

  @ApiProperty({ enum: GIG_STATUSES })
  status: GigStatus;

  @ApiProperty({ type: SetlistResponse })
  setlist: SetlistResponse;

  @ApiProperty({ type: [AttendeeResponse], description: 'Every member of the band, answered or not' })
  attendance: AttendeeResponse[];
}
