import { ApiProperty } from '@nestjs/swagger';
import type { AgendaPage } from '../../application/queries/list-agenda/list-agenda.query.js';
import { EventSummaryResponse } from './event-summary.response.js';

export class AgendaResponse implements AgendaPage {
  @ApiProperty({ type: [EventSummaryResponse] })
  items: EventSummaryResponse[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass it as `cursor` for the next page; null on the last.',
  })
  nextCursor: string | null;

  @ApiProperty({ example: 'Europe/Paris', description: 'The band’s IANA time zone: show the times on its clock' })
  timeZone: string;
}
