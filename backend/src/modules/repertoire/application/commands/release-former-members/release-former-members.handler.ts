import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PROGRESS_REPOSITORY, type ProgressRepository } from '../../ports/progress.repository.js';
import { VOTE_REPOSITORY, type VoteRepository } from '../../ports/vote.repository.js';
import { type Released, ReleaseFormerMembersCommand } from './release-former-members.command.js';

/** One idempotent statement each, safe beside another instance doing the same. */
@CommandHandler(ReleaseFormerMembersCommand)
export class ReleaseFormerMembersHandler implements ICommandHandler<ReleaseFormerMembersCommand> {
  constructor(
    @Inject(VOTE_REPOSITORY) private readonly votes: VoteRepository,
    @Inject(PROGRESS_REPOSITORY) private readonly progress: ProgressRepository,
  ) {}

  async execute(_command: ReleaseFormerMembersCommand): Promise<Released> {
    return {
      votes: await this.votes.withdrawAllOfFormerMembers(),
      levels: await this.progress.deleteAllOfFormerMembers(),
    };
  }
}
