import { beforeEach, describe, expect, it } from '@jest/globals';
import { InMemorySessionRepository } from '../../../adapters/persistence/in-memory/in-memory-session.repository.js';
import { InvalidPasswordError, SamePasswordError, WrongPasswordError } from '../../../domain/identity.errors.js';
import { PasswordChanged } from '../../../domain/identity.events.js';
import { aUser } from '../../../testing/user.mother.js';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { hashSecretToken } from '../../secret-token.js';
import { ChangePasswordCommand } from './change-password.command.js';
import { ChangePasswordHandler } from './change-password.handler.js';

class RevocationFailure extends Error {}

describe('ChangePasswordHandler', () => {
  let kit: ReturnType<typeof identityTestKit>;
  let handler: ChangePasswordHandler;
  let userId: string;
  let currentSessionId: string;
  let otherSessionId: string;

  const sessionIdOf = async (token: string) => (await kit.sessions.findByTokenHash(hashSecretToken(token)))!.id;
  const passwordIs = async (password: string) =>
    kit.hasher.verify(password, (await kit.users.findById(userId))!.passwordHash);

  beforeEach(async () => {
    kit = identityTestKit();
    handler = new ChangePasswordHandler(kit.users, kit.sessions, kit.hasher, kit.unitOfWork, kit.events.asEventBus());
    const user = aUser({ passwordHash: await kit.hasher.hash('old password') });
    await kit.users.save(user);
    userId = user.id;
    currentSessionId = await sessionIdOf((await kit.opener.open(user, kit.clock.now())).token);
    otherSessionId = await sessionIdOf((await kit.opener.open(user, kit.clock.now())).token);
  });

  it('changes the password and revokes every other session', async () => {
    await handler.execute(new ChangePasswordCommand(userId, currentSessionId, 'old password', 'new password'));
    await expect(passwordIs('new password')).resolves.toBe(true);
    expect([...kit.store.sessions.keys()]).toEqual([currentSessionId]);
    expect(kit.events.published).toEqual([new PasswordChanged(userId)]);
  });

  it('refuses a wrong current password and changes nothing', async () => {
    await expect(
      handler.execute(new ChangePasswordCommand(userId, currentSessionId, 'guess', 'new password')),
    ).rejects.toThrow(WrongPasswordError);
    expect(kit.store.sessions.size).toBe(2);
  });

  it('refuses the current password as the new one', async () => {
    await expect(
      handler.execute(new ChangePasswordCommand(userId, currentSessionId, 'old password', 'old password')),
    ).rejects.toThrow(SamePasswordError);
    expect(kit.store.sessions.size).toBe(2);
  });

  it('refuses a new password that is too short', async () => {
    await expect(
      handler.execute(new ChangePasswordCommand(userId, currentSessionId, 'old password', 'short')),
    ).rejects.toThrow(InvalidPasswordError);
  });

  it('keeps the old password and every session when revoking the sessions fails', async () => {
    class FailingRevocation extends InMemorySessionRepository {
      override async deleteAllOfUser(): Promise<void> {
        throw new RevocationFailure();
      }
    }
    const failing = new ChangePasswordHandler(
      kit.users,
      new FailingRevocation(kit.store),
      kit.hasher,
      kit.unitOfWork,
      kit.events.asEventBus(),
    );
    await expect(
      failing.execute(new ChangePasswordCommand(userId, currentSessionId, 'old password', 'new password')),
    ).rejects.toThrow(RevocationFailure);
    await expect(passwordIs('old password')).resolves.toBe(true);
    expect(kit.store.sessions.size).toBe(2);
    expect(kit.events.published).toEqual([]);
  });

  it('lets one of two racing changes win; the other finds its current password stale', async () => {
    const changes = [
      { sessionId: currentSessionId, password: 'first new one' },
      { sessionId: otherSessionId, password: 'second new one' },
    ];
    const results = await Promise.allSettled(
      changes.map((change) =>
        handler.execute(new ChangePasswordCommand(userId, change.sessionId, 'old password', change.password)),
      ),
    );
    const won = results.findIndex((result) => result.status === 'fulfilled');
    expect(results[1 - won]).toMatchObject({ status: 'rejected', reason: expect.any(WrongPasswordError) });
    await expect(passwordIs(changes[won]!.password)).resolves.toBe(true);
    expect([...kit.store.sessions.keys()]).toEqual([changes[won]!.sessionId]);
  });
});
