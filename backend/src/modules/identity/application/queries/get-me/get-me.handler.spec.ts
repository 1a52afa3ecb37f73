import { describe, expect, it } from '@jest/globals';
import { aUser } from '../../../testing/user.mother.js';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { GetMeHandler } from './get-me.handler.js';
import { GetMeQuery } from './get-me.query.js';

describe('GetMeHandler', () => {
  it('adds the bands the bands context knows of to the profile', async () => {
    const kit = identityTestKit();
    const user = aUser({ username: 'lea' });
    await kit.users.save(user);
    kit.memberBands.view = { activeBandId: 'b1', bands: [{ id: 'b1', name: 'Les Rythmes', role: 'admin' }] };
    const me = await new GetMeHandler(kit.profiles, kit.memberBands).execute(new GetMeQuery(user.id));
    expect(me).toMatchObject({ username: 'lea', activeBandId: 'b1', bands: [{ id: 'b1', role: 'admin' }] });
  });
});
