import { describe, expect, it } from '@jest/globals';
import { repertoireTestKit } from '../../../testing/repertoire-test-kit.js';
import { CastVoteCommand } from '../cast-vote/cast-vote.command.js';
import { SetProgressCommand } from '../set-progress/set-progress.command.js';
import { GetSongQuery } from '../../queries/get-song/get-song.query.js';
import { ListSuggestionsQuery } from '../../queries/list-suggestions/list-suggestions.query.js';
import { ReleaseFormerMembersCommand } from './release-former-members.command.js';

describe('ReleaseFormerMembersHandler', () => {
  it('lets go of everyone who left without their departure being handled, once, and of nobody else', async () => {
    const kit = repertoireTestKit();
    const [lea, sam, max] = ['Léa', 'Sam', 'Max'].map((name) => kit.bands.person(name)) as [string, string, string];
    const bandId = kit.bands.band({ [lea]: 'admin', [sam]: 'member', [max]: 'member' });
    const otherBand = kit.bands.band({ [lea]: 'admin', [sam]: 'member' });
    const here = await kit.proposed(lea, bandId, 'Zombie');
    const there = await kit.proposed(lea, otherBand, 'Creep');
    for (const [userId, id] of [
      [lea, here.id],
      [sam, here.id],
      [max, here.id],
      [sam, there.id],
    ] as const) {
      await kit.handlers.castVote.execute(new CastVoteCommand(userId, id));
    }
    const song = await kit.added(lea, bandId, 'Africa');
    for (const [userId, level] of [
      [lea, 9],
      [sam, 2],
      [max, 4],
    ] as const) {
      await kit.handlers.setProgress.execute(new SetProgressCommand(userId, song.id, level, null));
    }
    // Sam and Max left; the process stopped before the repertoire heard of it.
    kit.bands.leave(bandId, sam);
    kit.bands.leave(bandId, max);

    const release = () => kit.handlers.releaseFormerMembers.execute(new ReleaseFormerMembersCommand());
    expect(await release()).toEqual({ votes: 2, levels: 2 });
    expect(await release()).toEqual({ votes: 0, levels: 0 });

    const votes = async (band: string) =>
      (
        await kit.handlers.list.execute(new ListSuggestionsQuery(lea, band, 'recent', undefined, undefined, 50))
      ).items.map((item) => [item.title, item.votes]);
    expect(await votes(bandId)).toEqual([['Zombie', 1]]);
    expect(await votes(otherBand)).toEqual([['Creep', 1]]); // Sam is still in that band
    expect(await kit.handlers.getSong.execute(new GetSongQuery(lea, song.id))).toMatchObject({
      levels: [],
      bandAverageLevel: 9,
      ratedBy: 1,
    });
  });
});
