import { beforeEach, describe, expect, it } from '@jest/globals';
import { identityTestKit } from '../../../testing/identity-test-kit.js';
import { aUser } from '../../../testing/user.mother.js';
import { CalendarTokenResolver } from '../../calendar-token-resolver.js';
import { IssueCalendarTokenCommand } from '../issue-calendar-token/issue-calendar-token.command.js';
import { IssueCalendarTokenHandler } from '../issue-calendar-token/issue-calendar-token.handler.js';
import { RevokeCalendarTokenCommand } from './revoke-calendar-token.command.js';
import { RevokeCalendarTokenHandler } from './revoke-calendar-token.handler.js';

describe('RevokeCalendarTokenHandler', () => {
  let kit: ReturnType<typeof identityTestKit>;
  let issue: IssueCalendarTokenHandler;
  let revoke: RevokeCalendarTokenHandler;
  let resolver: CalendarTokenResolver;

  beforeEach(() => {
    kit = identityTestKit();
    issue = new IssueCalendarTokenHandler(kit.calendarTokens, kit.clock);
    revoke = new RevokeCalendarTokenHandler(kit.calendarTokens);
    resolver = new CalendarTokenResolver(kit.calendarTokens);
  });

  it('stops the user’s feed and no one else’s; revoking twice is no fault', async () => {
    const [lea, sam] = [aUser(), aUser()];
    await kit.users.save(lea);
    await kit.users.save(sam);
    const leas = await issue.execute(new IssueCalendarTokenCommand(lea.id));
    const sams = await issue.execute(new IssueCalendarTokenCommand(sam.id));
    await revoke.execute(new RevokeCalendarTokenCommand(lea.id));
    await revoke.execute(new RevokeCalendarTokenCommand(lea.id));
    await expect(resolver.resolve(leas.token)).resolves.toBeNull();
    await expect(resolver.resolve(sams.token)).resolves.toBe(sam.id);
  });
});
