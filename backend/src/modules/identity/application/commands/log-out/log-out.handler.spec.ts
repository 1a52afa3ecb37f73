import { beforeEach, describe, expect, it } from '@jest/globals';
import { SignedOut } from '../../../domain/identity.events.js';
import { NotAuthenticatedError } from '../../../domain/identity.errors.js';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { aUser } from '../../../testing/user.mother.js';
import { AuthenticateSessionCommand } from '../authenticate-session/authenticate-session.command.js';
import { AuthenticateSessionHandler } from '../authenticate-session/authenticate-session.handler.js';
import { LogOutCommand } from './log-out.command.js';
import { LogOutHandler } from './log-out.handler.js';

describe('LogOutHandler', () => {
  let kit: ReturnType<typeof identityTestKit>;
  let authenticate: (token: string) => Promise<{ sessionId: string }>;
  let handler: LogOutHandler;

  beforeEach(() => {
    kit = identityTestKit();
    const authenticator = new AuthenticateSessionHandler(kit.sessions, kit.clock);
    authenticate = (token) => authenticator.execute(new AuthenticateSessionCommand(token));
    handler = new LogOutHandler(kit.sessions, kit.events.asEventBus());
  });

  async function signedInTwice() {
    const user = aUser();
    await kit.users.save(user);
    const phone = (await kit.opener.open(user, kit.clock.now())).token;
    const laptop = (await kit.opener.open(user, kit.clock.now())).token;
    return { userId: user.id, phone, laptop };
  }

  it('revokes the session it is given, and only that one, and says so', async () => {
    const { userId, phone, laptop } = await signedInTwice();
    const { sessionId } = await authenticate(phone);
    await handler.execute(new LogOutCommand(userId, sessionId));
    await expect(authenticate(phone)).rejects.toThrow(NotAuthenticatedError);
    await expect(authenticate(laptop)).resolves.toMatchObject({ sessionId: expect.any(String) });
    expect(kit.events.published).toEqual([new SignedOut(userId, sessionId)]);
  });

  it('is harmless for a session already gone', async () => {
    const { userId, phone, laptop } = await signedInTwice();
    const { sessionId } = await authenticate(phone);
    await handler.execute(new LogOutCommand(userId, sessionId));
    await expect(handler.execute(new LogOutCommand(userId, sessionId))).resolves.toBeUndefined();
    await expect(authenticate(laptop)).resolves.toMatchObject({ sessionId: expect.any(String) });
  });
});
