import { beforeEach, describe, expect, it } from '@jest/globals';
import { NotAuthenticatedError } from '../../../domain/identity.errors.js';
import { SESSION_IDLE_LIFETIME_MS } from '../../../domain/session.js';
import { aUser } from '../../../testing/user.mother.js';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { AuthenticateSessionCommand } from './authenticate-session.command.js';
import { AuthenticateSessionHandler } from './authenticate-session.handler.js';

describe('AuthenticateSessionHandler', () => {
  let kit: ReturnType<typeof identityTestKit>;
  let handler: AuthenticateSessionHandler;
  let token: string;
  let userId: string;

  beforeEach(async () => {
    kit = identityTestKit();
    handler = new AuthenticateSessionHandler(kit.sessions, kit.clock);
    const user = aUser();
    await kit.users.save(user);
    userId = user.id;
    token = (await kit.opener.open(user, kit.clock.now())).token;
  });

  it('resolves a valid token to its user', async () => {
    await expect(handler.execute(new AuthenticateSessionCommand(token))).resolves.toMatchObject({ userId });
  });

  it('refuses a forged or malformed token', async () => {
    await expect(handler.execute(new AuthenticateSessionCommand('x'.repeat(43)))).rejects.toThrow(
      NotAuthenticatedError,
    );
    await expect(handler.execute(new AuthenticateSessionCommand("'; drop table users; --"))).rejects.toThrow(
      NotAuthenticatedError,
    );
  });

  it('keeps a used session alive and lets an idle one expire', async () => {
    kit.clock.advance(SESSION_IDLE_LIFETIME_MS - 60_000);
    await handler.execute(new AuthenticateSessionCommand(token));
    kit.clock.advance(SESSION_IDLE_LIFETIME_MS - 60_000);
    await expect(handler.execute(new AuthenticateSessionCommand(token))).resolves.toMatchObject({ userId });
    kit.clock.advance(SESSION_IDLE_LIFETIME_MS);
    await expect(handler.execute(new AuthenticateSessionCommand(token))).rejects.toThrow(NotAuthenticatedError);
    expect(kit.store.sessions.size).toBe(0);
  });
});
