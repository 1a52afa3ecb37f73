import { beforeEach, describe, expect, it } from '@jest/globals';
import { newId } from '../../../shared/application/ids.js';
import { Vote } from '../domain/vote.js';
import type { RepertoireAdapters, RepertoireAdaptersFactory } from './repertoire-adapters.js';
import { aSuggestion, T0 } from './suggestion.mother.js';

/** What every SuggestionRepository does, whatever stores it. */
export function suggestionRepositoryContract(makeAdapters: RepertoireAdaptersFactory): void {
  describe('SuggestionRepository contract', () => {
    let adapters: RepertoireAdapters;
    let lea: string;
    let bandId: string;

    beforeEach(async () => {
      adapters = await makeAdapters();
      lea = await adapters.aPerson('Léa');
      bandId = await adapters.aBandOf(lea);
    });

    it('saves a suggestion and finds it back, changes included', async () => {
      const suggestion = aSuggestion({ bandId, authorId: lea, links: ['https://youtu.be/0J2QdDbelmY'], comment: 'go' });
      await adapters.suggestions.save(suggestion);
      expect((await adapters.suggestions.findById(suggestion.id))?.snapshot()).toEqual(suggestion.snapshot());
      suggestion.edit({ title: 'Icky Thump', artist: null, links: [], comment: null }, 'member');
      await adapters.suggestions.save(suggestion);
      expect((await adapters.suggestions.findById(suggestion.id))?.snapshot()).toEqual(suggestion.snapshot());
      expect(await adapters.suggestions.findById(newId())).toBeNull();
    });

    it('never overwrites the vote count when saving an edit', async () => {
      const suggestion = aSuggestion({ bandId, authorId: lea });
      await adapters.suggestions.save(suggestion);
      await adapters.votes.cast(Vote.of(suggestion.id, lea), T0);
      suggestion.edit({ title: 'Icky Thump' }, 'member');
      await adapters.suggestions.save(suggestion);
      expect((await adapters.reader.findById(suggestion.id, lea))?.votes).toBe(1);
    });

    it('deletes a suggestion with its votes, answering the count it had', async () => {
      const suggestion = aSuggestion({ bandId, authorId: lea });
      await adapters.suggestions.save(suggestion);
      await adapters.votes.cast(Vote.of(suggestion.id, lea), T0);
      expect(await adapters.suggestions.delete(suggestion.id)).toBe(1);
      expect(await adapters.suggestions.delete(suggestion.id)).toBeNull();
      expect(await adapters.suggestions.findById(suggestion.id)).toBeNull();
      expect(await adapters.votes.cast(Vote.of(suggestion.id, lea), T0)).toBeNull();
    });
  });
}
