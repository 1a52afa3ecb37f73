import { beforeEach, describe, expect, it } from '@jest/globals';
import { InvalidDisplayNameError, NotAuthenticatedError } from '../../../domain/identity.errors.js';
import { aUser } from '../../../testing/user.mother.js';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { GetMeHandler } from '../../queries/get-me/get-me.handler.js';
import { GetMeQuery } from '../../queries/get-me/get-me.query.js';
import { UpdateProfileCommand } from './update-profile.command.js';
import { UpdateProfileHandler } from './update-profile.handler.js';

describe('UpdateProfileHandler and GetMeHandler', () => {
  let kit: ReturnType<typeof identityTestKit>;
  let update: UpdateProfileHandler;
  let getMe: GetMeHandler;
  let userId: string;

  beforeEach(async () => {
    kit = identityTestKit();
    update = new UpdateProfileHandler(kit.users, kit.memberBands);
    getMe = new GetMeHandler(kit.profiles, kit.memberBands);
    const user = aUser({ username: 'lea' });
    await kit.users.save(user);
    userId = user.id;
  });

  it('renames and changes preferences, and the profile shows it', async () => {
    await update.execute(new UpdateProfileCommand(userId, { displayName: ' Léa ', preferences: { theme: 'dark' } }));
    await update.execute(new UpdateProfileCommand(userId, { preferences: { locale: 'en' } }));
    await expect(getMe.execute(new GetMeQuery(userId))).resolves.toEqual({
      id: userId,
      username: 'lea',
      displayName: 'Léa',
      preferences: { theme: 'dark', locale: 'en' },
      activeBandId: null,
      bands: [],
    });
  });

  it('answers with the profile as GET /api/me shows it, bands included, so nothing needs reading back', async () => {
    kit.memberBands.view = { activeBandId: 'b1', bands: [{ id: 'b1', name: 'Les Rythmes', role: 'admin' }] };
    const answer = await update.execute(new UpdateProfileCommand(userId, { displayName: 'Léa' }));
    expect(answer).toEqual(await getMe.execute(new GetMeQuery(userId)));
    expect(answer).toMatchObject({ displayName: 'Léa', activeBandId: 'b1' });
  });

  it('refuses an empty display name and keeps the old one', async () => {
    await expect(update.execute(new UpdateProfileCommand(userId, { displayName: '  ' }))).rejects.toThrow(
      InvalidDisplayNameError,
    );
    expect((await getMe.execute(new GetMeQuery(userId))).displayName).toBe('lea');
  });

  it('answers NotAuthenticated for a user that no longer exists', async () => {
    await expect(getMe.execute(new GetMeQuery('01a20d32-9d6e-71e2-8ccb-7face453047f'))).rejects.toThrow(
      NotAuthenticatedError,
    );
  });
});
