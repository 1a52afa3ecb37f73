import { ApiProperty } from '@nestjs/swagger';
import type { RehearsalView, SeriesEndView } from '../../application/rehearsal-view.js';
import { REHEARSAL_STATUSES, type RehearsalStatus } from '../../domain/rehearsal.js';
import { EventResponse } from './event.response.js';

export class SeriesEndResponse implements SeriesEndView {
  @ApiProperty({ description: 'The dates of the series after this one that are not cancelled', example: 11 })
  laterDates: number;

  @ApiProperty({ format: 'date-time', description: 'UTC: when the last date of the series not cancelled starts' })
  lastStartsAt: string;
}

/** The view as is: `implements` makes every field of the view a documented one. */
export class RehearsalResponse extends EventResponse implements RehearsalView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Shared by the dates of a series' })
  seriesId: string | null;

  @ApiProperty({ type: [String], format: 'uuid', description: 'The songs to work on' })
  songIds: string[];

  @ApiProperty({ enum: REHEARSAL_STATUSES })
  status: RehearsalStatus;

  @ApiProperty({ type: SeriesEndResponse, nullable: true, description: 'For a date of a series: what is left of it' })
  seriesEnd: SeriesEndResponse | null;
}

export class RehearsalListResponse {
  @ApiProperty({ type: [RehearsalResponse], description: 'One per date, in time order' })
  items: RehearsalResponse[];
}
