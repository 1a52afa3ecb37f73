import { describe, expect, it } from '@jest/globals';
import { aSuggestion } from '../testing/suggestion.mother.js';
import { InvalidRepertoireFieldError } from './repertoire.errors.js';
import { SuggestionEdited, SuggestionProposed, SuggestionWithdrawn } from './repertoire.events.js';

describe('Suggestion', () => {
  it('is proposed with tidy fields and records who proposed it', () => {
    const suggestion = aSuggestion({ title: '  Seven   Nation Army ', artist: '  ', comment: ' à jouer\r\nvite ' });
    const state = suggestion.snapshot();
    expect(state).toMatchObject({
      title: 'Seven Nation Army',
      artist: null,
      versionOf: null,
      links: [],
      comment: 'à jouer\nvite',
    });
    expect(suggestion.isProposedBy(state.createdBy!)).toBe(true);
    expect(suggestion.pullEvents()).toEqual([
      new SuggestionProposed(state.id, state.bandId, state.createdBy!, state.createdBy!, 'Seven Nation Army'),
    ]);
    expect(suggestion.pullEvents()).toEqual([]);
  });

  it.each([
    [{ title: '' }],
    [{ title: '   ' }],
    [{ title: 'x'.repeat(201) }],
    [{ title: 'nul\u0000' }],
    [{ artist: 'bell\u0007' }],
    [{ title: 'Seven\tNation Army' }],
    [{ title: '\u202Egnp.exe' }],
    [{ comment: 'lone \uD800 surrogate' }],
    [{ comment: 'x'.repeat(2001) }],
    [{ links: ['javascript:alert(1)'] }],
  ])('refuses %j', (fields) => {
    expect(() => aSuggestion(fields)).toThrow(InvalidRepertoireFieldError);
  });

  it('keeps tabs, line breaks and bidirectional controls in a comment, as the shared text rule allows', () => {
    const comment = 'intro\tx2\n\u2067שלום\u2069 refrain';
    expect(aSuggestion({ comment }).snapshot().comment).toBe(comment);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(aSuggestion({ title: '🎸'.repeat(200) }).snapshot().title).toHaveLength(400);
  });

  it('edits only the given fields, and a refused edit changes nothing', () => {
    const suggestion = aSuggestion({ versionOf: 'Original', links: ['https://example.org/a'] });
    suggestion.pullEvents();
    suggestion.edit({ title: 'Fell in Love with a Girl', artist: undefined, comment: 'vite' }, 'm');
    const edited = suggestion.snapshot();
    expect(edited).toMatchObject({
      title: 'Fell in Love with a Girl',
      artist: 'The White Stripes',
      versionOf: 'Original',
      links: ['https://example.org/a'],
      comment: 'vite',
    });
    expect(suggestion.pullEvents()).toEqual([new SuggestionEdited(edited.id, edited.bandId, 'm')]);
    expect(() => suggestion.edit({ artist: 'ok', links: ['data:text/plain,x'] }, 'm')).toThrow(
      InvalidRepertoireFieldError,
    );
    expect(suggestion.snapshot()).toEqual(edited);
    suggestion.edit({ artist: null, comment: null, links: [] }, 'm');
    expect(suggestion.snapshot()).toMatchObject({ artist: null, comment: null, links: [] });
  });

  it('records who withdrew it, with its title', () => {
    const suggestion = aSuggestion({ title: 'Creep' });
    suggestion.pullEvents();
    suggestion.withdraw('m');
    const { id, bandId } = suggestion.snapshot();
    expect(suggestion.pullEvents()).toEqual([new SuggestionWithdrawn(id, bandId, 'm', 'Creep')]);
  });
});
