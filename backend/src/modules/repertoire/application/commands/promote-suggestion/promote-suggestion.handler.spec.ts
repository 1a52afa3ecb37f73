import { describe, expect, it } from '@jest/globals';
import { SongInSetlistError, SongNotFoundError, SuggestionNotFoundError } from '../../../domain/repertoire.errors.js';
import { SongDemoted, SongPromoted, SuggestionProposed } from '../../../domain/repertoire.events.js';
import { repertoireTestKit } from '../../../testing/repertoire-test-kit.js';
import { CastVoteCommand } from '../cast-vote/cast-vote.command.js';
import { DemoteSongCommand } from '../demote-song/demote-song.command.js';
import { ProposeSuggestionCommand } from '../propose-suggestion/propose-suggestion.command.js';
import { SetProgressCommand } from '../set-progress/set-progress.command.js';
import { PromoteSuggestionCommand } from './promote-suggestion.command.js';

describe('PromoteSuggestionHandler and DemoteSongHandler', () => {
  async function setUp(held = new Set<string>()) {
    const kit = repertoireTestKit({ isInPlannedSetlist: async (songId) => held.has(songId) });
    const [manager, member, stranger] = ['Léa', 'Sam', 'Zoé'].map((n) => kit.bands.person(n)) as string[];
    const bandId = kit.bands.band({ [manager!]: 'manager', [member!]: 'member' });
    const suggestion = await kit.handlers.propose.execute(
      new ProposeSuggestionCommand(
        member!,
        bandId,
        { title: 'Creep', artist: 'Radiohead', versionOf: 'Original', links: ['https://youtu.be/XFkzRNyygfk'] },
        'à tenter',
      ),
    );
    for (const voter of [manager!, member!]) {
      await kit.handlers.castVote.execute(new CastVoteCommand(voter, suggestion.id));
    }
    return { kit, manager: manager!, member: member!, stranger: stranger!, bandId, suggestion, held };
  }

  it('turns a suggestion into a song with its fields and its votes at promotion', async () => {
    const { kit, manager, member, suggestion } = await setUp();
    kit.events.published.length = 0;
    const song = await kit.handlers.promote.execute(new PromoteSuggestionCommand(manager, suggestion.id));
    expect(song).toMatchObject({
      id: suggestion.id,
      title: 'Creep',
      artist: 'Radiohead',
      versionOf: 'Original',
      links: ['https://youtu.be/XFkzRNyygfk'],
      votesAtPromotion: 2,
      mastered: false,
    });
    expect(kit.store.suggestions.has(suggestion.id)).toBe(false);
    expect(kit.store.votes.has(suggestion.id)).toBe(false);
    expect(kit.store.songs.get(song.id)?.suggestedBy).toBe(member);
    expect(kit.events.published).toEqual([new SongPromoted(song.id, song.bandId, 2, manager, 'Creep')]);
  });

  it('lets only a manager promote; a stranger learns nothing', async () => {
    const { kit, member, stranger, suggestion } = await setUp();
    await expect(kit.handlers.promote.execute(new PromoteSuggestionCommand(member, suggestion.id))).rejects.toThrow(
      'manager role',
    );
    await expect(kit.handlers.promote.execute(new PromoteSuggestionCommand(stranger, suggestion.id))).rejects.toThrow(
      SuggestionNotFoundError,
    );
    expect(kit.store.suggestions.has(suggestion.id)).toBe(true);
    expect(kit.store.songs.size).toBe(0);
  });

  it('demotes a song back to a suggestion: same fields and proposer, no votes, progress gone', async () => {
    const { kit, manager, member, suggestion } = await setUp();
    const song = await kit.handlers.promote.execute(new PromoteSuggestionCommand(manager, suggestion.id));
    await kit.handlers.setProgress.execute(new SetProgressCommand(member, song.id, 6, 'note'));
    kit.events.published.length = 0;
    const back = await kit.handlers.demote.execute(new DemoteSongCommand(manager, song.id));
    expect(back).toMatchObject({
      id: song.id,
      title: 'Creep',
      versionOf: 'Original',
      links: ['https://youtu.be/XFkzRNyygfk'],
      comment: null,
      createdBy: { id: member, displayName: 'Sam' },
      votes: 0,
      votedByMe: false,
    });
    expect(kit.store.songs.size).toBe(0);
    expect(kit.store.progress.size).toBe(0);
    expect(kit.events.published).toEqual([
      new SongDemoted(song.id, song.bandId, manager, 'Creep'),
      new SuggestionProposed(song.id, song.bandId, member, manager, 'Creep'),
    ]);
  });

  it('refuses to demote for a member, a stranger, or while a setlist holds the song', async () => {
    const { kit, manager, member, stranger, suggestion, held } = await setUp();
    const song = await kit.handlers.promote.execute(new PromoteSuggestionCommand(manager, suggestion.id));
    await expect(kit.handlers.demote.execute(new DemoteSongCommand(member, song.id))).rejects.toThrow('manager role');
    await expect(kit.handlers.demote.execute(new DemoteSongCommand(stranger, song.id))).rejects.toThrow(
      SongNotFoundError,
    );
    held.add(song.id);
    await expect(kit.handlers.demote.execute(new DemoteSongCommand(manager, song.id))).rejects.toThrow(
      SongInSetlistError,
    );
    expect(kit.store.songs.has(song.id)).toBe(true);
    expect(kit.store.suggestions.size).toBe(0);
  });
});
