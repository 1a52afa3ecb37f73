import { ApiProperty } from '@nestjs/swagger';
import type { DashboardView } from '../../application/queries/get-dashboard/dashboard-view.js';
import type { SongDigest, SuggestionDigest } from '../../application/ports/repertoire-digest.js';
import { EventSummaryResponse } from './event-summary.response.js';

export class SuggestionDigestResponse implements SuggestionDigest {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  artist: string | null;

  @ApiProperty()
  votes: number;

  @ApiProperty()
  votedByMe: boolean;
}

export class SongDigestResponse implements SongDigest {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  artist: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'My level, 0–10; null while I have not rated it' })
  myLevel: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'One decimal; null while nobody has rated it' })
  bandAverageLevel: number | null;
}

export class DashboardResponse implements DashboardView {
  @ApiProperty({ example: 'Europe/Paris' })
  timeZone: string;

  @ApiProperty({ type: EventSummaryResponse, nullable: true })
  nextGig: EventSummaryResponse | null;

  @ApiProperty({ type: EventSummaryResponse, nullable: true })
  nextRehearsal: EventSummaryResponse | null;

  @ApiProperty({ type: [SuggestionDigestResponse], description: 'The most voted suggestions' })
  topSuggestions: SuggestionDigestResponse[];

  @ApiProperty({ type: [SongDigestResponse], description: 'The songs being learnt I know least' })
  songsToWork: SongDigestResponse[];

  @ApiProperty({ type: [EventSummaryResponse], description: 'The dates to come I have not answered' })
  pendingAnswers: EventSummaryResponse[];
}
