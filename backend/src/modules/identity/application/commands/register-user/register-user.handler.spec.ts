import { beforeEach, describe, expect, it } from '@jest/globals';
import { RateLimitedError } from '../../../../../shared/domain/domain-error.js';
import { InvalidPasswordError, InvalidUsernameError, UsernameTakenError } from '../../../domain/identity.errors.js';
import { UserRegistered } from '../../../domain/identity.events.js';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { hashSecretToken } from '../../secret-token.js';
import { RegisterUserCommand } from './register-user.command.js';
import { RegisterUserHandler } from './register-user.handler.js';

describe('RegisterUserHandler', () => {
  let kit: ReturnType<typeof identityTestKit>;
  let handler: RegisterUserHandler;
  const register = (username: string, address = '10.0.0.1', password = 'long enough') =>
    handler.execute(new RegisterUserCommand(username, password, undefined, address));

  beforeEach(() => {
    kit = identityTestKit();
    handler = new RegisterUserHandler(
      kit.users,
      kit.hasher,
      kit.clock,
      kit.limiter,
      kit.opener,
      kit.events.asEventBus(),
    );
  });

  it('creates the user with a hashed password and opens a session', async () => {
    const opened = await handler.execute(new RegisterUserCommand('Lea', 'long enough', 'Léa', '10.0.0.1'));
    const user = await kit.users.findById(opened.userId);
    expect(user?.username).toBe('lea');
    expect(user?.displayName).toBe('Léa');
    expect(user?.passwordHash).not.toContain('long enough');
    await expect(kit.hasher.verify('long enough', user!.passwordHash)).resolves.toBe(true);
    expect(await kit.sessions.findByTokenHash(hashSecretToken(opened.token))).not.toBeNull();
    expect(kit.events.published).toEqual([new UserRegistered(opened.userId, 'lea')]);
  });

  it('refuses a username taken in any letter case', async () => {
    await register('lea');
    await expect(register('LEA')).rejects.toThrow(UsernameTakenError);
  });

  it('refuses a malformed username or password and stores nothing', async () => {
    await expect(register('a')).rejects.toThrow(InvalidUsernameError);
    await expect(register('valid', '10.0.0.1', 'short')).rejects.toThrow(InvalidPasswordError);
    expect(kit.store.users.size).toBe(0);
  });

  it('limits registrations per client address', async () => {
    for (let i = 0; i < 4; i++) await register(`user${i}`);
    await expect(register('one.more')).rejects.toThrow(RateLimitedError);
    await expect(register('other.address', '10.0.0.2')).resolves.toBeDefined();
  });
});
