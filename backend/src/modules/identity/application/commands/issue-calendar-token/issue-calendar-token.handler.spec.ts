import { beforeEach, describe, expect, it } from '@jest/globals';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { aUser } from '../../../testing/user.mother.js';
import { CalendarTokenResolver } from '../../calendar-token-resolver.js';
import { hashSecretToken } from '../../secret-token.js';
import { IssueCalendarTokenCommand } from './issue-calendar-token.command.js';
import { IssueCalendarTokenHandler } from './issue-calendar-token.handler.js';

describe('IssueCalendarTokenHandler', () => {
  let kit: ReturnType<typeof identityTestKit>;
  let handler: IssueCalendarTokenHandler;
  let resolver: CalendarTokenResolver;
  let userId: string;

  beforeEach(async () => {
    kit = identityTestKit();
    handler = new IssueCalendarTokenHandler(kit.calendarTokens, kit.clock);
    resolver = new CalendarTokenResolver(kit.calendarTokens);
    const user = aUser();
    await kit.users.save(user);
    userId = user.id;
  });

  it('issues a URL-safe 256-bit secret, of which only the hash is stored', async () => {
    const { token } = await handler.execute(new IssueCalendarTokenCommand(userId));
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const stored = kit.store.calendarTokens.get(userId);
    expect(stored).toEqual({ userId, tokenHash: hashSecretToken(token), createdAt: kit.clock.now() });
    expect(JSON.stringify(stored)).not.toContain(token);
    await expect(resolver.resolve(token)).resolves.toBe(userId);
  });

  it('renewing kills the earlier secret', async () => {
    const first = await handler.execute(new IssueCalendarTokenCommand(userId));
    const second = await handler.execute(new IssueCalendarTokenCommand(userId));
    expect(second.token).not.toBe(first.token);
    await expect(resolver.resolve(first.token)).resolves.toBeNull();
    await expect(resolver.resolve(second.token)).resolves.toBe(userId);
    expect(kit.store.calendarTokens.size).toBe(1);
  });
});
