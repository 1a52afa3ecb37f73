import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { SuggestionNotFoundError } from '../../../domain/repertoire.errors.js';
import { Vote } from '../../../domain/vote.js';
import { VOTE_REPOSITORY, type VoteRepository } from '../../ports/vote.repository.js';
import type { VoteResult } from '../../vote-result.js';
import { WithdrawVoteCommand } from './withdraw-vote.command.js';

/** A member takes their vote back; without a vote to take back, nothing changes. One round trip. */
@CommandHandler(WithdrawVoteCommand)
export class WithdrawVoteHandler implements ICommandHandler<WithdrawVoteCommand> {
  constructor(
    @Inject(VOTE_REPOSITORY) private readonly votes: VoteRepository,
    private readonly events: EventBus,
  ) {}

  async execute(command: WithdrawVoteCommand): Promise<VoteResult> {
    const vote = Vote.of(command.suggestionId, command.userId);
    const tally = await this.votes.withdraw(vote);
    if (!tally) throw new SuggestionNotFoundError();
    vote.stored(tally);
    this.events.publishAll(vote.pullEvents());
    return { votes: tally.votes, votedByMe: false };
  }
}
