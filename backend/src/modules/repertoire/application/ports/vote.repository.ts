import type { Vote, VoteTally } from '../../domain/vote.js';

/**
 * Stores votes, each as one atomic step that checks the voter is a member of the suggestion's band,
 * writes or removes the vote, and answers the new count: no transaction around it, no aggregate
 * loaded (ADR 0018). Null: unknown suggestion, or the voter is not a member of its band.
 */
export interface VoteRepository {
  cast(vote: Vote, now: Date): Promise<VoteTally | null>;
  withdraw(vote: Vote): Promise<VoteTally | null>;
  /**
   * Withdraws every vote of someone who is no longer a member, on the suggestions of that band (of
   * every band they are not in when `bandId` is null), the counts going down with them, in one atomic
   * step. Votes in a band they are (again) a member of stay.
   */
  withdrawAllOf(memberId: string, bandId: string | null): Promise<void>;
  /**
   * The same for everyone: withdraws every vote whose voter is not a member of the suggestion's band
   * (a departure whose event was lost), and answers how many went.
   */
  withdrawAllOfFormerMembers(): Promise<number>;
}

export const VOTE_REPOSITORY = Symbol('VoteRepository');
