import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SongProposal } from '../../domain/planner/propose-songs.js';
import type { ProposalReason } from '../../domain/planner/proposal-reason.js';

const REASON_CODES = ['in-next-gig-not-mastered', 'low-band-average', 'not-rehearsed-for-long', 'never-rehearsed'];

export class ProposalReasonResponse {
  @ApiProperty({ enum: REASON_CODES })
  code: ProposalReason['code'];

  @ApiPropertyOptional({ description: 'in-next-gig-not-mastered: the gig’s title' })
  gigTitle?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'in-next-gig-not-mastered: when the gig starts (UTC)' })
  gigStartsAt?: string;

  @ApiPropertyOptional({ description: 'low-band-average: the band’s average level, 0–10' })
  average?: number;

  @ApiPropertyOptional({ description: 'not-rehearsed-for-long: whole days since its last rehearsal' })
  days?: number;
}

export class SongProposalResponse {
  @ApiProperty({ format: 'uuid' })
  songId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: ProposalReasonResponse, description: 'The strongest reason to work on it' })
  reason: ProposalReasonResponse;

  static of({ songId, title, reason }: SongProposal): SongProposalResponse {
    return {
      songId,
      title,
      reason:
        reason.code === 'in-next-gig-not-mastered'
          ? { ...reason, gigStartsAt: reason.gigStartsAt.toISOString() }
          : reason,
    };
  }
}
