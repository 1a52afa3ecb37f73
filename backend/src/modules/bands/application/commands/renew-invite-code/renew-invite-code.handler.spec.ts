import { RecordingEventBus } from '../../../../../shared/testing/recording-event-bus.js';
import { describe, expect, it } from '@jest/globals';
import { BandNotFoundError, InsufficientRoleError } from '../../../domain/bands.errors.js';
import { InviteCode } from '../../../domain/invite-code.js';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { UpdateBandSettingsCommand } from '../update-band-settings/update-band-settings.command.js';
import { UpdateBandSettingsHandler } from '../update-band-settings/update-band-settings.handler.js';
import { RenewInviteCodeCommand } from './renew-invite-code.command.js';
import { RenewInviteCodeHandler } from './renew-invite-code.handler.js';

describe('RenewInviteCodeHandler', () => {
  async function setUp() {
    const kit = bandsTestKit();
    const [admin, member] = [kit.user(), kit.user()];
    const { bandId, code } = await kit.bandWith(admin, member);
    const handler = new RenewInviteCodeHandler(kit.bands, kit.access);
    return { kit, admin, member, bandId, code, handler };
  }

  it('gives the band a new code; the old one stops working at once', async () => {
    const { kit, admin, bandId, code, handler } = await setUp();
    const { inviteCode } = await handler.execute(new RenewInviteCodeCommand(admin, bandId));
    expect(inviteCode).not.toBe(code);
    expect(InviteCode.parse(inviteCode)?.value).toBe(inviteCode);
    expect((await kit.bands.findByInviteCode(inviteCode))?.id).toBe(bandId);
    expect(await kit.bands.findByInviteCode(code)).toBeNull();
    expect((await kit.reader.band(bandId))?.inviteCode).toBe(inviteCode);
  });

  it('refuses members and strangers, and keeps the code', async () => {
    const { kit, member, bandId, code, handler } = await setUp();
    await expect(handler.execute(new RenewInviteCodeCommand(member, bandId))).rejects.toThrow(InsufficientRoleError);
    await expect(handler.execute(new RenewInviteCodeCommand(kit.user(), bandId))).rejects.toThrow(BandNotFoundError);
    expect((await kit.reader.band(bandId))?.inviteCode).toBe(code);
  });

  it('keeps a settings change made at the same instant', async () => {
    const { kit, admin, bandId, handler } = await setUp();
    const settings = new UpdateBandSettingsHandler(kit.bands, kit.access, new RecordingEventBus().asEventBus());
    const [{ inviteCode }] = await Promise.all([
      handler.execute(new RenewInviteCodeCommand(admin, bandId)),
      settings.execute(new UpdateBandSettingsCommand(admin, bandId, { name: 'Groove Machine' })),
    ]);
    expect(await kit.reader.band(bandId)).toMatchObject({ name: 'Groove Machine', inviteCode });
  });
});
