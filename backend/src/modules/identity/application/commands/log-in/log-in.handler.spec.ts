import { beforeEach, describe, expect, it } from '@jest/globals';
import { RateLimitedError } from '../../../../../shared/domain/domain-error.js';
import { InvalidCredentialsError } from '../../../domain/identity.errors.js';
import { Pbkdf2PasswordHasher } from '../../../adapters/crypto/pbkdf2-password-hasher.js';
import { aUser } from '../../../testing/user.mother.js';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { LogInCommand } from './log-in.command.js';
import { LogInHandler } from './log-in.handler.js';

describe('LogInHandler', () => {
  let kit: ReturnType<typeof identityTestKit>;
  let handler: LogInHandler;
  let userId: string;
  const logIn = (username: string, password: string, address = '10.0.0.1') =>
    handler.execute(new LogInCommand(username, password, address));

  beforeEach(async () => {
    kit = identityTestKit();
    handler = new LogInHandler(kit.users, kit.hasher, kit.clock, kit.limiter, kit.opener);
    const user = aUser({ username: 'lea', passwordHash: await kit.hasher.hash('right password') });
    await kit.users.save(user);
    userId = user.id;
  });

  it('opens a new session with a fresh token at each login', async () => {
    const first = await logIn('LEA', 'right password');
    const second = await logIn('lea', 'right password');
    expect(first.userId).toBe(userId);
    expect(second.token).not.toBe(first.token);
    expect(kit.store.sessions.size).toBe(2);
  });

  it("hashes a password stored at a lower cost again at today's, keeping the other sessions", async () => {
    const weak = new Pbkdf2PasswordHasher(500);
    const imported = aUser({ username: 'zoe', passwordHash: await weak.hash('old password') });
    await kit.users.save(imported);
    await logIn('zoe', 'old password');
    const strengthened = (await kit.users.findById(imported.id))!.passwordHash;
    expect(strengthened).toMatch(/^pbkdf2_sha256\$1000\$/);
    expect(kit.hasher.needsRehash(strengthened)).toBe(false);
    await expect(kit.hasher.verify('old password', strengthened)).resolves.toBe(true);
    await logIn('zoe', 'old password');
    expect((await kit.users.findById(imported.id))!.passwordHash).toBe(strengthened);
    expect([...kit.store.sessions.values()].filter((session) => session.userId === imported.id)).toHaveLength(2);
  });

  it("leaves a hash at today's cost as it is", async () => {
    const before = (await kit.users.findById(userId))!.passwordHash;
    await logIn('lea', 'right password');
    expect((await kit.users.findById(userId))!.passwordHash).toBe(before);
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    await expect(logIn('lea', 'wrong password')).rejects.toThrow(InvalidCredentialsError);
    await expect(logIn('nobody', 'whatever')).rejects.toThrow(InvalidCredentialsError);
    await expect(logIn('not a valid name!', 'whatever')).rejects.toThrow(InvalidCredentialsError);
  });

  it('once a username has used its failed attempts, refuses even the right password until the window passes', async () => {
    for (let i = 0; i < 3; i++) await expect(logIn('lea', 'wrong')).rejects.toThrow(InvalidCredentialsError);
    const refused = await logIn('lea', 'right password').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBe(15 * 60);
    kit.clock.advance(15 * 60 * 1000);
    await expect(logIn('lea', 'right password')).resolves.toBeDefined();
  });

  it('limits failed logins per client address across usernames', async () => {
    for (let i = 0; i < 5; i++) await expect(logIn(`user${i}`, 'wrong')).rejects.toThrow(InvalidCredentialsError);
    await expect(logIn('lea', 'right password')).rejects.toThrow(RateLimitedError);
    await expect(logIn('lea', 'right password', '10.0.0.2')).resolves.toBeDefined();
  });
});
