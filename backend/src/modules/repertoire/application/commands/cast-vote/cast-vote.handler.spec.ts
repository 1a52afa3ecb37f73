import { describe, expect, it } from '@jest/globals';
import { newId } from '../../../../../shared/application/ids.js';
import { SuggestionNotFoundError } from '../../../domain/repertoire.errors.js';
import { VoteChanged } from '../../../domain/repertoire.events.js';
import { repertoireTestKit } from '../../../testing/repertoire-test-kit.js';
import { WithdrawVoteCommand } from '../withdraw-vote/withdraw-vote.command.js';
import { CastVoteCommand } from './cast-vote.command.js';

describe('CastVoteHandler and WithdrawVoteHandler', () => {
  function setUp() {
    const kit = repertoireTestKit();
    const [lea, sam, stranger] = [kit.bands.person('Léa'), kit.bands.person('Sam'), kit.bands.person('Zoé')];
    const bandId = kit.bands.band({ [lea]: 'admin', [sam]: 'member' });
    return { kit, lea, sam, stranger, bandId };
  }

  it('counts each member once, and answers the new count', async () => {
    const { kit, lea, sam, bandId } = setUp();
    const { id } = await kit.proposed(lea, bandId);
    const vote = (userId: string) => kit.handlers.castVote.execute(new CastVoteCommand(userId, id));
    expect(await vote(lea)).toEqual({ votes: 1, votedByMe: true });
    expect(await vote(lea)).toEqual({ votes: 1, votedByMe: true });
    expect(await vote(sam)).toEqual({ votes: 2, votedByMe: true });
    expect(kit.events.published.filter((event) => event instanceof VoteChanged)).toEqual([
      new VoteChanged(id, bandId, 1),
      new VoteChanged(id, bandId, 2),
    ]);
  });

  it('takes a vote back once; taking back a vote never cast changes nothing', async () => {
    const { kit, lea, sam, bandId } = setUp();
    const { id } = await kit.proposed(lea, bandId);
    await kit.handlers.castVote.execute(new CastVoteCommand(lea, id));
    await kit.handlers.castVote.execute(new CastVoteCommand(sam, id));
    const unvote = (userId: string) => kit.handlers.withdrawVote.execute(new WithdrawVoteCommand(userId, id));
    expect(await unvote(sam)).toEqual({ votes: 1, votedByMe: false });
    expect(await unvote(sam)).toEqual({ votes: 1, votedByMe: false });
    kit.events.published.length = 0;
    expect(await unvote(lea)).toEqual({ votes: 0, votedByMe: false });
    expect(kit.events.published).toEqual([new VoteChanged(id, bandId, 0)]);
  });

  it('answers "not found" to a stranger, a former member and an unknown suggestion alike', async () => {
    const { kit, lea, sam, stranger, bandId } = setUp();
    const { id } = await kit.proposed(lea, bandId);
    kit.bands.leave(bandId, sam);
    for (const [userId, suggestionId] of [
      [stranger, id],
      [sam, id],
      [lea, newId()],
    ] as const) {
      await expect(kit.handlers.castVote.execute(new CastVoteCommand(userId, suggestionId))).rejects.toThrow(
        SuggestionNotFoundError,
      );
      await expect(kit.handlers.withdrawVote.execute(new WithdrawVoteCommand(userId, suggestionId))).rejects.toThrow(
        SuggestionNotFoundError,
      );
    }
    expect(kit.store.votes.get(id)?.size ?? 0).toBe(0);
  });
});
