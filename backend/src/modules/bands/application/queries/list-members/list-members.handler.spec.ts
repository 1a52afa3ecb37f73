import { describe, expect, it } from '@jest/globals';
import { BandNotFoundError } from '../../../domain/bands.errors.js';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { JoinBandCommand } from '../../commands/join-band/join-band.command.js';
import { ListMembersHandler } from './list-members.handler.js';
import { ListMembersQuery } from './list-members.query.js';

describe('ListMembersHandler', () => {
  it('lists the members with their names and roles, in the order they joined, to any member', async () => {
    const kit = bandsTestKit();
    const join = kit.joinHandler();
    const [alice, bob, chloe] = [kit.user('Alice'), kit.user('Bob'), kit.user('Chloé')];
    const founded = kit.clock.now();
    const { bandId, code } = await kit.bandWith(alice);
    kit.clock.advance(60_000);
    await join.execute(new JoinBandCommand(chloe, code, '10.0.0.1'));
    kit.clock.advance(60_000);
    await join.execute(new JoinBandCommand(bob, code, '10.0.0.1'));
    const handler = new ListMembersHandler(kit.reader, kit.access);
    expect(await handler.execute(new ListMembersQuery(bob, bandId))).toEqual([
      { userId: alice, displayName: 'Alice', role: 'admin', joinedAt: founded.toISOString() },
      {
        userId: chloe,
        displayName: 'Chloé',
        role: 'member',
        joinedAt: new Date(founded.getTime() + 60_000).toISOString(),
      },
      {
        userId: bob,
        displayName: 'Bob',
        role: 'member',
        joinedAt: new Date(founded.getTime() + 120_000).toISOString(),
      },
    ]);
  });

  it('tells a stranger nothing: the band is not found', async () => {
    const kit = bandsTestKit();
    const { bandId } = await kit.bandWith(kit.user('Alice'));
    const handler = new ListMembersHandler(kit.reader, kit.access);
    await expect(handler.execute(new ListMembersQuery(kit.user('Eve'), bandId))).rejects.toThrow(BandNotFoundError);
  });
});
