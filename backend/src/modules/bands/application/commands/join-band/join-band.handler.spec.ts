import { describe, expect, it } from '@jest/globals';
import { RecordingEventBus } from '../../../../../shared/testing/recording-event-bus.js';
import { MemberJoinedBand } from '../../../domain/bands.events.js';
import { RateLimitedError } from '../../../../../shared/domain/domain-error.js';
import { InvalidInviteCodeError, InviteCodeNotFoundError } from '../../../domain/bands.errors.js';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { GetBandHandler } from '../../queries/get-band/get-band.handler.js';
import { GetBandQuery } from '../../queries/get-band/get-band.query.js';
import { RenewInviteCodeCommand } from '../renew-invite-code/renew-invite-code.command.js';
import { RenewInviteCodeHandler } from '../renew-invite-code/renew-invite-code.handler.js';
import { JoinBandCommand } from './join-band.command.js';

const ADDRESS = '10.0.0.1';
const FIFTEEN_MINUTES = 15 * 60_000;

describe('JoinBandHandler', () => {
  async function setUp(limits: Record<string, string> = {}) {
    const kit = bandsTestKit();
    const events = new RecordingEventBus();
    const handler = kit.joinHandler(limits, events);
    const admin = kit.user('Alice');
    const { bandId, code } = await kit.bandWith(admin);
    return { kit, handler, admin, bandId, code, events };
  }

  it('joins as a member with the code typed in any case, with spaces, and makes the band the active one', async () => {
    const { kit, handler, bandId, code, events } = await setUp();
    const joiner = kit.user('Bob');
    const typed = ` ${code.toLowerCase().replace('-', ' ')} `;
    await expect(handler.execute(new JoinBandCommand(joiner, typed, ADDRESS))).resolves.toMatchObject({
      band: { id: bandId },
      role: 'member',
    });
    expect(await kit.reader.activeBandId(joiner)).toBe(bandId);
    expect(events.published).toEqual([new MemberJoinedBand(bandId, joiner)]);
  });

  it('keeps the role of someone who joins again', async () => {
    const { handler, admin, bandId, code, events } = await setUp();
    await expect(handler.execute(new JoinBandCommand(admin, code, ADDRESS))).resolves.toMatchObject({
      band: { id: bandId, inviteCode: code },
      role: 'admin',
    });
    expect(events.published).toEqual([]);
  });

  it('refuses an unknown code as not found and a malformed one as invalid', async () => {
    const { kit, handler } = await setUp();
    await expect(handler.execute(new JoinBandCommand(kit.user(), 'ZZZZZ-ZZZZZ', ADDRESS))).rejects.toThrow(
      InviteCodeNotFoundError,
    );
    for (const code of ['hello', '']) {
      await expect(handler.execute(new JoinBandCommand(kit.user(), code, ADDRESS))).rejects.toThrow(
        InvalidInviteCodeError,
      );
    }
  });

  it('refuses a renewed band’s old code, and takes the new one', async () => {
    const { kit, handler, admin, bandId, code } = await setUp();
    const renew = new RenewInviteCodeHandler(kit.bands, kit.access);
    const { inviteCode } = await renew.execute(new RenewInviteCodeCommand(admin, bandId));
    expect(inviteCode).not.toBe(code);
    const late = kit.user('Late');
    await expect(handler.execute(new JoinBandCommand(late, code, ADDRESS))).rejects.toThrow(InviteCodeNotFoundError);
    expect(await kit.reader.roleOf(late, bandId)).toBeNull();
    await expect(handler.execute(new JoinBandCommand(late, inviteCode, ADDRESS))).resolves.toMatchObject({
      band: { id: bandId },
      role: 'member',
    });
  });

  it('answers with the band as the newcomer sees it (no invitation code) and their role', async () => {
    const kit = bandsTestKit();
    const handler = kit.joinHandler();
    const { bandId, code } = await kit.bandWith(kit.user());
    const newcomer = kit.user();
    const joined = await handler.execute(new JoinBandCommand(newcomer, code, ADDRESS));
    const read = await new GetBandHandler(kit.reader, kit.access).execute(new GetBandQuery(newcomer, bandId));
    expect(joined).toEqual({ band: read, role: 'member' });
    expect(joined.band).not.toHaveProperty('inviteCode');
  });

  it('refuses an address after too many unknown codes, a good code too, until the window has passed', async () => {
    const { kit, handler, bandId, code } = await setUp({ RATE_LIMIT_INVITE_JOIN: '2' });
    const guesser = kit.user('Guesser');
    // Malformed codes give nothing away and are not counted.
    for (let i = 0; i < 3; i++) {
      await expect(handler.execute(new JoinBandCommand(guesser, 'hello', ADDRESS))).rejects.toThrow(
        InvalidInviteCodeError,
      );
    }
    for (let i = 0; i < 2; i++) {
      await expect(handler.execute(new JoinBandCommand(guesser, 'ZZZZZ-ZZZZZ', ADDRESS))).rejects.toThrow(
        InviteCodeNotFoundError,
      );
    }
    await expect(handler.execute(new JoinBandCommand(guesser, code, ADDRESS))).rejects.toThrow(RateLimitedError);
    expect(await kit.reader.roleOf(guesser, bandId)).toBeNull();
    // Another address is not affected; the first one is free again once the window has passed.
    await expect(handler.execute(new JoinBandCommand(kit.user(), code, '10.0.0.2'))).resolves.toBeDefined();
    kit.clock.advance(FIFTEEN_MINUTES + 1000);
    await expect(handler.execute(new JoinBandCommand(guesser, code, ADDRESS))).resolves.toMatchObject({
      role: 'member',
    });
  });
});
