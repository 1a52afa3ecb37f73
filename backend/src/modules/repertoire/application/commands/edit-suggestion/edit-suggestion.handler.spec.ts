import { describe, expect, it } from '@jest/globals';
import { NotTheAuthorError, SuggestionNotFoundError } from '../../../domain/repertoire.errors.js';
import { SuggestionEdited, SuggestionWithdrawn } from '../../../domain/repertoire.events.js';
import { repertoireTestKit } from '../../../testing/repertoire-test-kit.js';
import { CastVoteCommand } from '../cast-vote/cast-vote.command.js';
import { WithdrawSuggestionCommand } from '../withdraw-suggestion/withdraw-suggestion.command.js';
import { EditSuggestionCommand } from './edit-suggestion.command.js';

describe('EditSuggestionHandler and WithdrawSuggestionHandler', () => {
  function setUp() {
    const kit = repertoireTestKit();
    const [author, other, manager, stranger] = ['Léa', 'Sam', 'Max', 'Zoé'].map((name) => kit.bands.person(name));
    const bandId = kit.bands.band({ [author!]: 'member', [other!]: 'member', [manager!]: 'manager' });
    return { kit, author: author!, other: other!, manager: manager!, stranger: stranger!, bandId };
  }

  it('lets the author and a manager edit, and keeps the votes', async () => {
    const { kit, author, other, manager, bandId } = setUp();
    const { id } = await kit.proposed(author, bandId);
    await kit.handlers.castVote.execute(new CastVoteCommand(other, id));
    const byAuthor = await kit.handlers.edit.execute(new EditSuggestionCommand(author, id, { artist: 'Les Blancs' }));
    expect(byAuthor).toMatchObject({ title: 'Seven Nation Army', artist: 'Les Blancs', votes: 1, votedByMe: false });
    const byManager = await kit.handlers.edit.execute(new EditSuggestionCommand(manager, id, { title: 'Icky Thump' }));
    expect(byManager).toMatchObject({ title: 'Icky Thump', artist: 'Les Blancs', votes: 1 });
    expect(kit.events.published.filter((event) => event instanceof SuggestionEdited)).toEqual([
      new SuggestionEdited(id, bandId, author),
      new SuggestionEdited(id, bandId, manager),
    ]);
  });

  it('refuses another member (403) and a stranger as if the suggestion did not exist (404)', async () => {
    const { kit, author, other, stranger, bandId } = setUp();
    const { id } = await kit.proposed(author, bandId);
    await expect(kit.handlers.edit.execute(new EditSuggestionCommand(other, id, { title: 'x' }))).rejects.toThrow(
      NotTheAuthorError,
    );
    await expect(kit.handlers.withdraw.execute(new WithdrawSuggestionCommand(other, id))).rejects.toThrow(
      NotTheAuthorError,
    );
    await expect(kit.handlers.edit.execute(new EditSuggestionCommand(stranger, id, { title: 'x' }))).rejects.toThrow(
      SuggestionNotFoundError,
    );
    await expect(kit.handlers.withdraw.execute(new WithdrawSuggestionCommand(stranger, id))).rejects.toThrow(
      SuggestionNotFoundError,
    );
    expect(kit.store.suggestions.get(id)?.title).toBe('Seven Nation Army');
  });

  it('deletes a suggestion with its votes, for its author or a manager', async () => {
    const { kit, author, manager, bandId } = setUp();
    const first = await kit.proposed(author, bandId);
    const second = await kit.proposed(author, bandId);
    await kit.handlers.castVote.execute(new CastVoteCommand(author, first.id));
    await kit.handlers.withdraw.execute(new WithdrawSuggestionCommand(author, first.id));
    await kit.handlers.withdraw.execute(new WithdrawSuggestionCommand(manager, second.id));
    expect(kit.store.suggestions.size).toBe(0);
    expect(kit.events.published.filter((event) => event instanceof SuggestionWithdrawn)).toEqual([
      new SuggestionWithdrawn(first.id, bandId, author, 'Seven Nation Army'),
      new SuggestionWithdrawn(second.id, bandId, manager, 'Seven Nation Army'),
    ]);
    expect(kit.store.votes.size).toBe(0);
    await expect(kit.handlers.withdraw.execute(new WithdrawSuggestionCommand(author, first.id))).rejects.toThrow(
      SuggestionNotFoundError,
    );
  });
});
