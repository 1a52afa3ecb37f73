import { beforeEach, describe, expect, it } from '@jest/globals';
import { newId } from '../../../shared/application/ids.js';
import { Vote } from '../domain/vote.js';
import type { RepertoireAdapters, RepertoireAdaptersFactory } from './repertoire-adapters.js';
import { aSuggestion, T0 } from './suggestion.mother.js';

/** What every VoteRepository does, whatever stores it: one vote per member, exact counts, members only. */
export function voteRepositoryContract(makeAdapters: RepertoireAdaptersFactory): void {
  describe('VoteRepository contract', () => {
    let adapters: RepertoireAdapters;
    let lea: string;
    let sam: string;
    let bandId: string;
    let suggestionId: string;

    beforeEach(async () => {
      adapters = await makeAdapters();
      lea = await adapters.aPerson('Léa');
      sam = await adapters.aPerson('Sam');
      bandId = await adapters.aBandOf(lea, sam);
      const suggestion = aSuggestion({ bandId, authorId: lea });
      await adapters.suggestions.save(suggestion);
      suggestionId = suggestion.id;
    });

    it('casts a vote once, withdraws it once, and answers the count each time', async () => {
      const cast = (userId: string) => adapters.votes.cast(Vote.of(suggestionId, userId), T0);
      const withdraw = (userId: string) => adapters.votes.withdraw(Vote.of(suggestionId, userId));
      expect(await cast(lea)).toEqual({ bandId, votes: 1, changed: true });
      expect(await cast(lea)).toEqual({ bandId, votes: 1, changed: false });
      expect(await cast(sam)).toEqual({ bandId, votes: 2, changed: true });
      expect(await withdraw(lea)).toEqual({ bandId, votes: 1, changed: true });
      expect(await withdraw(lea)).toEqual({ bandId, votes: 1, changed: false });
      expect(await adapters.reader.findById(suggestionId, sam)).toMatchObject({ votes: 1, votedByMe: true });
      expect(await adapters.reader.findById(suggestionId, lea)).toMatchObject({ votes: 1, votedByMe: false });
    });

    it('answers null, and stores nothing, for a stranger or an unknown suggestion', async () => {
      const stranger = await adapters.aPerson('Zoé');
      await adapters.aBandOf(stranger);
      expect(await adapters.votes.cast(Vote.of(suggestionId, stranger), T0)).toBeNull();
      expect(await adapters.votes.withdraw(Vote.of(suggestionId, stranger))).toBeNull();
      expect(await adapters.votes.cast(Vote.of(newId(), lea), T0)).toBeNull();
      expect(await adapters.votes.withdraw(Vote.of(newId(), lea))).toBeNull();
      expect((await adapters.reader.findById(suggestionId, lea))?.votes).toBe(0);
    });

    it('keeps the count exact when many members vote and unvote at the same moment', async () => {
      const members = await Promise.all(Array.from({ length: 30 }, (_, i) => adapters.aPerson(`m${i}`)));
      const crowdBand = await adapters.aBandOf(...members);
      const suggestion = aSuggestion({ bandId: crowdBand, authorId: members[0] });
      await adapters.suggestions.save(suggestion);
      const vote = (userId: string) => Vote.of(suggestion.id, userId);
      // Everyone votes twice at once; the first ten also take their vote back at once.
      await Promise.all(members.flatMap((m) => [adapters.votes.cast(vote(m), T0), adapters.votes.cast(vote(m), T0)]));
      const results = await Promise.all(members.slice(0, 10).map((m) => adapters.votes.withdraw(vote(m))));
      expect(results.every((result) => result?.changed)).toBe(true);
      expect((await adapters.reader.findById(suggestion.id, members[0]!))?.votes).toBe(20);
    });

    it('withdraws a former member’s votes in the band they left, counts going down, and nothing more', async () => {
      const otherBand = await adapters.aBandOf(lea, sam);
      const other = aSuggestion({ bandId: otherBand, authorId: lea });
      await adapters.suggestions.save(other);
      for (const [id, userId] of [
        [suggestionId, lea],
        [suggestionId, sam],
        [other.id, sam],
      ] as const) {
        await adapters.votes.cast(Vote.of(id, userId), T0);
      }
      const votes = async (id: string) => (await adapters.reader.findById(id, lea))?.votes;

      await adapters.votes.withdrawAllOf(sam, bandId);
      expect(await votes(suggestionId)).toBe(2); // still a member: nothing happens

      await adapters.leave(bandId, sam);
      await adapters.votes.withdrawAllOf(sam, bandId);
      await adapters.votes.withdrawAllOf(sam, bandId);
      expect(await votes(suggestionId)).toBe(1);
      expect(await adapters.reader.findById(suggestionId, sam)).toMatchObject({ votedByMe: false });
      expect(await votes(other.id)).toBe(1);

      await adapters.votes.withdrawAllOf(sam, null);
      expect(await votes(other.id)).toBe(1); // still in that band
      await adapters.leave(otherBand, sam);
      await adapters.votes.withdrawAllOf(sam, null);
      expect(await votes(other.id)).toBe(0);
      expect(await votes(suggestionId)).toBe(1);
    });
  });
}
