/** « 1 vote », « 3 votes » (« 0 votes »: French puts the plural from two on, but no vote reads better as a count). */
export function votesText(votes: number): string {
  return votes === 1 ? $localize`:@@suggestions.oneVote:1 vote` : $localize`:@@suggestions.votes:${votes}:votes: votes`;
}
