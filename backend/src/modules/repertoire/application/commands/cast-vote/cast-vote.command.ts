import { Command } from '@nestjs/cqrs';
import type { VoteResult } from '../../vote-result.js';

export class CastVoteCommand extends Command<VoteResult> {
  constructor(
    readonly userId: string,
    readonly suggestionId: string,
  ) {
    super();
  }
}
