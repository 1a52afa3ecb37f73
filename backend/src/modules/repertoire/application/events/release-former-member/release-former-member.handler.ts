import { Inject } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { MemberLeftBand } from '../../../../bands/public-api.js';
import { AccountDeleted } from '../../../../identity/public-api.js';
import { PROGRESS_REPOSITORY, type ProgressRepository } from '../../ports/progress.repository.js';
import { VOTE_REPOSITORY, type VoteRepository } from '../../ports/vote.repository.js';

/**
 * Someone who left a band (or was removed, or deleted their account) keeps nothing in its repertoire:
 * their votes are withdrawn, so counts are the current members', and their levels and private notes
 * go, so the average is the current members'. The vote count a song kept at promotion stays (history).
 * Runs after the band's transaction committed (ADR 0027); each step is one idempotent statement.
 */
@EventsHandler(MemberLeftBand, AccountDeleted)
export class ReleaseFormerMemberHandler implements IEventHandler<MemberLeftBand | AccountDeleted> {
  constructor(
    @Inject(VOTE_REPOSITORY) private readonly votes: VoteRepository,
    @Inject(PROGRESS_REPOSITORY) private readonly progress: ProgressRepository,
  ) {}

  async handle(event: MemberLeftBand | AccountDeleted): Promise<void> {
    const bandId = event instanceof MemberLeftBand ? event.bandId : null;
    await this.votes.withdrawAllOf(event.userId, bandId);
    await this.progress.deleteAllOf(event.userId, bandId);
  }
}
