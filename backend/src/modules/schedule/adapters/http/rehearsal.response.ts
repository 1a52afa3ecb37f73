import { ApiProperty } from '@nestjs/swagger';
import type { RehearsalView } from '../../application/rehearsal-view.js';
import { REHEARSAL_STATUSES, type RehearsalStatus } from '../../domain/rehearsal.js';
import { EventResponse } from './event.response.js';

/** The view as is: `implements` makes every field of the view a documented one. */
export class RehearsalResponse extends EventResponse implements RehearsalView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Shared by the dates of a series' })
  seriesId: string | null;

  @ApiProperty({ type: [String], format: 'uuid', description: 'The songs to work on' })
  songIds: string[];

  @ApiProperty({ enum: REHEARSAL_STATUSES })
  status: RehearsalStatus;
}

export class RehearsalListResponse {
  @ApiProperty({ type: [RehearsalResponse], description: 'One per date, in time order' })
  items: RehearsalResponse[];
}
