import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { SuggestionNotFoundError } from '../../../domain/repertoire.errors.js';
import { Vote } from '../../../domain/vote.js';
import { VOTE_REPOSITORY, type VoteRepository } from '../../ports/vote.repository.js';
import type { VoteResult } from '../../vote-result.js';
import { CastVoteCommand } from './cast-vote.command.js';

/**
 * A member votes for a suggestion; voting twice counts once. The membership check is part of the
 * store's one atomic statement, not a BandAccess call (ADR 0018): a vote is one round trip.
 */
@CommandHandler(CastVoteCommand)
export class CastVoteHandler implements ICommandHandler<CastVoteCommand> {
  constructor(
    @Inject(VOTE_REPOSITORY) private readonly votes: VoteRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async execute(command: CastVoteCommand): Promise<VoteResult> {
    const vote = Vote.of(command.suggestionId, command.userId);
    const tally = await this.votes.cast(vote, this.clock.now());
    if (!tally) throw new SuggestionNotFoundError();
    vote.stored(tally);
    this.events.publishAll(vote.pullEvents());
    return { votes: tally.votes, votedByMe: true };
  }
}
