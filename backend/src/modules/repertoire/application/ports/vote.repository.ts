import type { Vote, VoteTally } from '../../domain/vote.js';

/**
 * Stores votes, each as one atomic step that checks the voter is a member of the suggestion's band,
 * writes or removes the vote, and answers the new count: no transaction around it, no aggregate
 * loaded (ADR 0018). Null: unknown suggestion, or the voter is not a member of its band.
 */
export interface VoteRepository {
  cast(vote: Vote, now: Date): Promise<VoteTally | null>;
  withdraw(vote: Vote): Promise<VoteTally | null>;
}

export const VOTE_REPOSITORY = Symbol('VoteRepository');
