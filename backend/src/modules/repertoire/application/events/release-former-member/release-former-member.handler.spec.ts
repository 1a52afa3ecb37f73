import { describe, expect, it } from '@jest/globals';
import { MemberLeftBand } from '../../../../bands/public-api.js';
import { AccountDeleted } from '../../../../identity/public-api.js';
import { repertoireTestKit } from '../../../testing/repertoire-test-kit.js';
import { CastVoteCommand } from '../../commands/cast-vote/cast-vote.command.js';
import { PromoteSuggestionCommand } from '../../commands/promote-suggestion/promote-suggestion.command.js';
import { SetProgressCommand } from '../../commands/set-progress/set-progress.command.js';
import { GetSongQuery } from '../../queries/get-song/get-song.query.js';
import { ListSuggestionsQuery } from '../../queries/list-suggestions/list-suggestions.query.js';

describe('ReleaseFormerMemberHandler', () => {
  async function setUp() {
    const kit = repertoireTestKit();
    const [lea, sam, max] = ['Léa', 'Sam', 'Max'].map((name) => kit.bands.person(name)) as [string, string, string];
    const bandId = kit.bands.band({ [lea]: 'admin', [sam]: 'member', [max]: 'member' });
    const otherBand = kit.bands.band({ [lea]: 'admin', [sam]: 'member' });
    const open = await kit.proposed(lea, bandId, 'Zombie');
    const elsewhere = await kit.proposed(lea, otherBand, 'Creep');
    const promoted = await kit.proposed(lea, bandId, 'Africa');
    for (const [userId, id] of [
      [sam, open.id],
      [max, open.id],
      [sam, elsewhere.id],
      [sam, promoted.id],
      [max, promoted.id],
    ] as const) {
      await kit.handlers.castVote.execute(new CastVoteCommand(userId, id));
    }
    const song = await kit.handlers.promote.execute(new PromoteSuggestionCommand(lea, promoted.id));
    for (const [userId, level, note] of [
      [lea, 9, 'Léa’s'],
      [sam, 2, 'Sam’s private note'],
    ] as const) {
      await kit.handlers.setProgress.execute(new SetProgressCommand(userId, song.id, level, note));
    }
    const votes = async (band: string, viewer = lea) =>
      (
        await kit.handlers.list.execute(new ListSuggestionsQuery(viewer, band, 'recent', undefined, undefined, 50))
      ).items.map((item) => [item.title, item.votes]);
    const songAs = (viewer: string) => kit.handlers.getSong.execute(new GetSongQuery(viewer, song.id));
    return { kit, lea, sam, bandId, otherBand, song, votes, songAs };
  }

  it('withdraws a member’s votes and deletes their progress in the band they left, keeping the history', async () => {
    const { kit, lea, sam, bandId, otherBand, votes, songAs } = await setUp();
    kit.bands.leave(bandId, sam);
    await kit.handlers.releaseFormerMember.handle(new MemberLeftBand(bandId, sam, sam));

    expect(await votes(bandId)).toEqual([['Zombie', 1]]);
    expect(await votes(otherBand)).toEqual([['Creep', 1]]);
    const seen = await songAs(lea);
    expect(seen).toMatchObject({ levels: [], bandAverageLevel: 9, ratedBy: 1, votesAtPromotion: 2 });
    expect(kit.store.progress.get(seen.id)?.has(sam)).toBe(false);
  });

  it('lets go of a deleted account in every band', async () => {
    const { kit, sam, bandId, otherBand, votes, songAs, lea } = await setUp();
    kit.bands.leave(bandId, sam);
    kit.bands.leave(otherBand, sam);
    await kit.handlers.releaseFormerMember.handle(new AccountDeleted(sam));

    expect(await votes(bandId)).toEqual([['Zombie', 1]]);
    expect(await votes(otherBand)).toEqual([['Creep', 0]]);
    expect(await songAs(lea)).toMatchObject({ ratedBy: 1, bandAverageLevel: 9 });
  });

  it('keeps everything of someone who is a member again by the time it runs', async () => {
    const { kit, sam, bandId, votes, songAs } = await setUp();
    await kit.handlers.releaseFormerMember.handle(new MemberLeftBand(bandId, sam, sam));

    expect(await votes(bandId)).toEqual([['Zombie', 2]]);
    expect((await songAs(sam)).myProgress).toEqual({ level: 2, note: 'Sam’s private note' });
  });
});
