import { describe, expect, it } from '@jest/globals';
import { newId } from '../../../../../shared/application/ids.js';
import { repertoireTestKit } from '../../../testing/repertoire-test-kit.js';
import { ListBandSongsQuery } from './list-band-songs.query.js';

describe('ListBandSongsHandler', () => {
  it('answers a member the band’s songs among the ids, leaving out unknown ids and suggestions', async () => {
    const kit = repertoireTestKit();
    const [lea, sam] = ['Léa', 'Sam'].map((name) => kit.bands.person(name)) as [string, string];
    const bandId = kit.bands.band({ [lea]: 'manager', [sam]: 'member' });
    const zombie = await kit.added(lea, bandId, 'Zombie');
    const creep = await kit.added(lea, bandId, 'Creep');
    const suggestion = await kit.proposed(sam, bandId, 'Africa');
    const songs = await kit.handlers.listBandSongs.execute(
      new ListBandSongsQuery(sam, bandId, [zombie.id, suggestion.id, newId(), creep.id]),
    );
    expect(songs.map((song) => song.title)).toEqual(['Creep', 'Zombie']);
  });

  it('refuses someone outside the band as if the band did not exist', async () => {
    const kit = repertoireTestKit();
    const lea = kit.bands.person('Léa');
    const stranger = kit.bands.person('Max');
    const bandId = kit.bands.band({ [lea]: 'manager' });
    const zombie = await kit.added(lea, bandId, 'Zombie');
    await expect(
      kit.handlers.listBandSongs.execute(new ListBandSongsQuery(stranger, bandId, [zombie.id])),
    ).rejects.toMatchObject({ kind: 'not-found' });
  });
});
