import { describe, expect, it } from '@jest/globals';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { ListMyBandsHandler } from './list-my-bands.handler.js';
import { ListMyBandsQuery } from './list-my-bands.query.js';

describe('ListMyBandsHandler', () => {
  it('lists only the user’s bands, in the order they joined, with their role and the member count', async () => {
    const kit = bandsTestKit();
    const [alice, bob, eve] = [kit.user('Alice'), kit.user('Bob'), kit.user('Eve')];
    const own = await kit.bandWith(bob);
    kit.clock.advance(60_000);
    const shared = await kit.bandWith(alice, bob, eve);
    await kit.bandWith(eve);
    const handler = new ListMyBandsHandler(kit.reader);
    expect(await handler.execute(new ListMyBandsQuery(bob))).toEqual([
      { id: own.bandId, name: 'Les Rythmes', role: 'admin', memberCount: 1 },
      { id: shared.bandId, name: 'Les Rythmes', role: 'member', memberCount: 3 },
    ]);
    expect(await handler.execute(new ListMyBandsQuery(kit.user('Newcomer')))).toEqual([]);
  });
});
