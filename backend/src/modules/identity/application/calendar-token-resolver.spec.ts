import { beforeEach, describe, expect, it } from '@jest/globals';
import { identityTestKit } from '../testing/identity-test-kit.js';
import { aUser } from '../testing/user.mother.js';
import { CalendarTokenResolver } from './calendar-token-resolver.js';
import { IssueCalendarTokenCommand } from './commands/issue-calendar-token/issue-calendar-token.command.js';
import { IssueCalendarTokenHandler } from './commands/issue-calendar-token/issue-calendar-token.handler.js';

describe('CalendarTokenResolver', () => {
  let kit: ReturnType<typeof identityTestKit>;
  let resolver: CalendarTokenResolver;
  let userId: string;
  let token: string;

  beforeEach(async () => {
    kit = identityTestKit();
    resolver = new CalendarTokenResolver(kit.calendarTokens);
    const user = aUser();
    await kit.users.save(user);
    userId = user.id;
    ({ token } = await new IssueCalendarTokenHandler(kit.calendarTokens, kit.clock).execute(
      new IssueCalendarTokenCommand(userId),
    ));
  });

  it('gives the holder’s user id for their current secret', async () => {
    await expect(resolver.resolve(token)).resolves.toBe(userId);
  });

  it('gives none for an unknown secret, a malformed one, or one whose account is gone', async () => {
    await expect(resolver.resolve(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).resolves.toBeNull();
    for (const malformed of ['', 'short', `${token}x`, `${token.slice(0, -1)}=`, `../${token.slice(3)}`]) {
      await expect(resolver.resolve(malformed)).resolves.toBeNull();
    }
    await kit.users.delete(userId);
    await expect(resolver.resolve(token)).resolves.toBeNull();
  });
});
