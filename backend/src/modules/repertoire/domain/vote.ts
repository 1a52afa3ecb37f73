import { type RepertoireEvent, VoteChanged } from './repertoire.events.js';

/** What storing a vote answered: the suggestion's band, its count now, and whether this call moved it. */
export interface VoteTally {
  bandId: string;
  votes: number;
  changed: boolean;
}

/**
 * One member's vote on one suggestion: a small aggregate of its own, so that a vote touches one row.
 * Casting twice counts once and withdrawing a vote never cast changes nothing; only a change of the
 * count is an event. Who may vote (a member of the suggestion's band) is checked where it is stored,
 * in the same atomic step (see ADR 0018).
 */
export class Vote {
  private events: RepertoireEvent[] = [];

  private constructor(
    readonly suggestionId: string,
    readonly memberId: string,
  ) {}

  static of(suggestionId: string, memberId: string): Vote {
    return new Vote(suggestionId, memberId);
  }

  /** Records what the store answered to cast or withdraw this vote. */
  stored(tally: VoteTally): void {
    if (tally.changed) this.events.push(new VoteChanged(this.suggestionId, tally.bandId, tally.votes));
  }

  pullEvents(): RepertoireEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }
}
