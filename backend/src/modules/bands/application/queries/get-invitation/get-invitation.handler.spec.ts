import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../../../config/app-config.js';
import { RateLimitedError } from '../../../../../shared/domain/domain-error.js';
import { AttemptLimiter } from '../../../../identity/public-api.js';
import { InvalidInviteCodeError, InviteCodeNotFoundError } from '../../../domain/bands.errors.js';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { FakeAttemptLog } from '../../../testing/fake-attempt-log.js';
import { GetInvitationHandler } from './get-invitation.handler.js';
import { GetInvitationQuery } from './get-invitation.query.js';

const FIFTEEN_MINUTES = 15 * 60_000;

function setUp() {
  const kit = bandsTestKit();
  const config = loadConfig({ RATE_LIMIT_INVITE_LOOKUP: '2' });
  const limiter = new AttemptLimiter(new FakeAttemptLog(), config);
  return { kit, handler: new GetInvitationHandler(kit.reader, kit.clock, limiter) };
}

describe('GetInvitationHandler', () => {
  it('names the band and counts its members, for a code typed any way', async () => {
    const { kit, handler } = setUp();
    const { code } = await kit.bandWith(kit.user(), kit.user(), kit.user());
    const typed = code.toLowerCase().replace('-', ' ');
    await expect(handler.execute(new GetInvitationQuery(typed, '10.0.0.1'))).resolves.toEqual({
      bandName: 'Les Rythmes',
      memberCount: 3,
    });
  });

  it('says what is wrong with a malformed code, and does not count it', async () => {
    const { kit, handler } = setUp();
    const { code } = await kit.bandWith(kit.user());
    for (let i = 0; i < 3; i++) {
      await expect(handler.execute(new GetInvitationQuery('K7RD9', '10.0.0.1'))).rejects.toThrow(
        InvalidInviteCodeError,
      );
    }
    await expect(handler.execute(new GetInvitationQuery(code, '10.0.0.1'))).resolves.toBeDefined();
  });

  it('refuses an address after too many unknown codes, a good code too, until the window has passed', async () => {
    const { kit, handler } = setUp();
    const { code } = await kit.bandWith(kit.user());
    for (let i = 0; i < 2; i++) {
      await expect(handler.execute(new GetInvitationQuery('ZZZZZ-ZZZZZ', '10.0.0.1'))).rejects.toThrow(
        InviteCodeNotFoundError,
      );
    }
    await expect(handler.execute(new GetInvitationQuery(code, '10.0.0.1'))).rejects.toThrow(RateLimitedError);
    await expect(handler.execute(new GetInvitationQuery(code, '10.0.0.2'))).resolves.toBeDefined();
    kit.clock.advance(FIFTEEN_MINUTES);
    await expect(handler.execute(new GetInvitationQuery(code, '10.0.0.1'))).resolves.toBeDefined();
  });
});
