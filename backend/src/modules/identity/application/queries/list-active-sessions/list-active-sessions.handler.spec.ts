import { describe, expect, it } from '@jest/globals';
import { SESSION_IDLE_LIFETIME_MS } from '../../../domain/session.js';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { aUser } from '../../../testing/user.mother.js';
import { ListActiveSessionsHandler } from './list-active-sessions.handler.js';
import { ListActiveSessionsQuery } from './list-active-sessions.query.js';

describe('ListActiveSessionsHandler', () => {
  it('keeps the sessions still open now, and leaves out the revoked and the expired', async () => {
    const kit = identityTestKit();
    const handler = new ListActiveSessionsHandler(kit.sessions, kit.clock);
    const user = aUser();
    await kit.users.save(user);
    await kit.opener.open(user, kit.clock.now());
    kit.clock.advance(SESSION_IDLE_LIFETIME_MS / 2);
    await kit.opener.open(user, kit.clock.now());
    await kit.opener.open(user, kit.clock.now());
    const [idle, revoked, kept] = [...kit.store.sessions.keys()] as [string, string, string];
    await kit.sessions.delete(revoked);
    kit.clock.advance(SESSION_IDLE_LIFETIME_MS / 2 + 1);

    expect(await handler.execute(new ListActiveSessionsQuery([idle, revoked, kept]))).toEqual([kept]);
  });
});
