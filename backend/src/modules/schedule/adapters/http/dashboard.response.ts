import { ApiProperty } from '@nestjs/swagger';
import type { DashboardEventView, DashboardView } from '../../application/queries/get-dashboard/dashboard-view.js';
import type { SongDigest, SuggestionDigest } from '../../application/ports/repertoire-digest.js';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type EventType } from '../../domain/attendance.js';

export class DashboardEventResponse implements DashboardEventView {
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

  @ApiProperty({ example: 'confirmed' })
  status: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES, nullable: true, description: 'My answer; null while I have not answered' })
  myAttendance: AttendanceStatus | null;
}

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

  @ApiProperty({ type: DashboardEventResponse, nullable: true })
  nextGig: DashboardEventResponse | null;

  @ApiProperty({ type: DashboardEventResponse, nullable: true })
  nextRehearsal: DashboardEventResponse | null;

  @ApiProperty({ type: [SuggestionDigestResponse], description: 'The most voted suggestions' })
  topSuggestions: SuggestionDigestResponse[];

  @ApiProperty({ type: [SongDigestResponse], description: 'The songs being learnt I know least' })
  songsToWork: SongDigestResponse[];

  @ApiProperty({ type: [DashboardEventResponse], description: 'The dates to come I have not answered' })
  pendingAnswers: DashboardEventResponse[];
}
