import { ApiProperty } from '@nestjs/swagger';
import type { GigView } from '../../application/gig-view.js';
import { GIG_STATUSES, type GigStatus } from '../../domain/gig.js';
import { SetlistResponse } from './setlist.response.js';
import { EventResponse } from './event.response.js';

/** The view as is: `implements` makes every field of the view a documented one. */
export class GigResponse extends EventResponse implements GigView {
  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  address: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'In cents of `currency`' })
  feeCents: number | null;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty({ enum: GIG_STATUSES })
  status: GigStatus;

  @ApiProperty({ type: SetlistResponse })
  setlist: SetlistResponse;
}
