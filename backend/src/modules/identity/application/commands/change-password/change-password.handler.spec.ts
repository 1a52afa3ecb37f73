import { beforeEach, describe, expect, it } from '@jest/globals';
import { InvalidPasswordError, WrongPasswordError } from '../../../domain/identity.errors.js';
import { PasswordChanged } from '../../../domain/identity.events.js';
import { aUser } from '../../../testing/user.mother.js';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { hashSessionToken } from '../../session-token.js';
import { ChangePasswordCommand } from './change-password.command.js';
import { ChangePasswordHandler } from './change-password.handler.js';

describe('ChangePasswordHandler', () => {
  let kit: ReturnType<typeof identityTestKit>;
  let handler: ChangePasswordHandler;
  let userId: string;
  let current: { token: string };
  let currentSessionId: string;

  beforeEach(async () => {
    kit = identityTestKit();
    handler = new ChangePasswordHandler(kit.users, kit.sessions, kit.hasher, kit.events.asEventBus());
    const user = aUser({ passwordHash: await kit.hasher.hash('old password') });
    await kit.users.save(user);
    userId = user.id;
    current = await kit.opener.open(userId, kit.clock.now());
    await kit.opener.open(userId, kit.clock.now());
    currentSessionId = (await kit.sessions.findByTokenHash(hashSessionToken(current.token)))!.id;
  });

  it('changes the password and revokes every other session', async () => {
    await handler.execute(new ChangePasswordCommand(userId, currentSessionId, 'old password', 'new password'));
    const user = await kit.users.findById(userId);
    await expect(kit.hasher.verify('new password', user!.passwordHash)).resolves.toBe(true);
    expect([...kit.store.sessions.keys()]).toEqual([currentSessionId]);
    expect(kit.events.published).toEqual([new PasswordChanged(userId)]);
  });

  it('refuses a wrong current password and changes nothing', async () => {
    await expect(
      handler.execute(new ChangePasswordCommand(userId, currentSessionId, 'guess', 'new password')),
    ).rejects.toThrow(WrongPasswordError);
    expect(kit.store.sessions.size).toBe(2);
  });

  it('refuses a new password that is too short', async () => {
    await expect(
      handler.execute(new ChangePasswordCommand(userId, currentSessionId, 'old password', 'short')),
    ).rejects.toThrow(InvalidPasswordError);
  });
});
