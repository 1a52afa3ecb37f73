/** What a vote or an unvote answers: the suggestion's new count, and the caller's vote. */
export interface VoteResult {
  votes: number;
  votedByMe: boolean;
}
