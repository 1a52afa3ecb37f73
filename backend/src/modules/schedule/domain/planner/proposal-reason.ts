/**
 * Why the planner proposes a song, with what it takes to say it in words: the PWA writes the sentence
 * in the reader's language ("Au programme du concert du 12 décembre, pas encore maîtrisé").
 */
export type ProposalReason =
  /** In the next gig's setlist and not mastered yet. */
  | { code: 'in-next-gig-not-mastered'; gigTitle: string; gigStartsAt: Date }
  /** Not mastered, and the band's average level (0–10, one decimal) is below LOW_AVERAGE_BELOW. */
  | { code: 'low-band-average'; average: number }
  /** Last on a past rehearsal's plan this many whole days ago, at least STALE_AFTER_DAYS. */
  | { code: 'not-rehearsed-for-long'; days: number }
  /** On no past rehearsal's plan. */
  | { code: 'never-rehearsed' };
