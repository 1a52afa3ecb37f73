import { Injectable } from '@nestjs/common';
import { BandAccess } from '../../../../bands/public-api.js';
import type { VoteRepository } from '../../../application/ports/vote.repository.js';
import type { Vote, VoteTally } from '../../../domain/vote.js';
import { InMemoryRepertoireStore } from './in-memory-repertoire.store.js';
import { isMember } from './membership.js';

/** In memory the membership check is BandAccess; the rest is synchronous, so each step is atomic. */
@Injectable()
export class InMemoryVoteRepository implements VoteRepository {
  constructor(
    private readonly store: InMemoryRepertoireStore,
    private readonly access: BandAccess,
  ) {}

  async cast(vote: Vote): Promise<VoteTally | null> {
    return this.change(vote, (voters) => {
      const had = voters.has(vote.memberId);
      voters.add(vote.memberId);
      return !had;
    });
  }

  async withdraw(vote: Vote): Promise<VoteTally | null> {
    return this.change(vote, (voters) => voters.delete(vote.memberId));
  }

  async withdrawAllOf(memberId: string, bandId: string | null): Promise<void> {
    for (const suggestion of this.store.suggestions.values()) {
      if (bandId !== null && suggestion.bandId !== bandId) continue;
      if (await isMember(this.access, memberId, suggestion.bandId)) continue;
      this.store.votes.get(suggestion.id)?.delete(memberId);
    }
  }

  async withdrawAllOfFormerMembers(): Promise<number> {
    let released = 0;
    for (const suggestion of this.store.suggestions.values()) {
      for (const voter of this.store.votes.get(suggestion.id) ?? []) {
        if (await isMember(this.access, voter, suggestion.bandId)) continue;
        this.store.votes.get(suggestion.id)?.delete(voter);
        released++;
      }
    }
    return released;
  }

  private async change(vote: Vote, apply: (voters: Set<string>) => boolean): Promise<VoteTally | null> {
    const suggestion = this.store.suggestions.get(vote.suggestionId);
    if (!suggestion || !(await isMember(this.access, vote.memberId, suggestion.bandId))) return null;
    if (!this.store.suggestions.has(vote.suggestionId)) return null; // withdrawn meanwhile
    const voters = this.store.votersOf(vote.suggestionId);
    const changed = apply(voters);
    return { bandId: suggestion.bandId, votes: voters.size, changed };
  }
}
