import { describe, expect, it } from '@jest/globals';
import { RecordingEventBus } from '../../../../../shared/testing/recording-event-bus.js';
import { BandSettingsUpdated } from '../../../domain/bands.events.js';
import { BandNotFoundError, InsufficientRoleError, InvalidBandSettingError } from '../../../domain/bands.errors.js';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { ChangeMemberRoleCommand } from '../change-member-role/change-member-role.command.js';
import { ChangeMemberRoleHandler } from '../change-member-role/change-member-role.handler.js';
import { UpdateBandSettingsCommand } from './update-band-settings.command.js';
import { UpdateBandSettingsHandler } from './update-band-settings.handler.js';

describe('UpdateBandSettingsHandler', () => {
  async function setUp() {
    const kit = bandsTestKit();
    const [admin, member] = [kit.user(), kit.user()];
    const { bandId, code } = await kit.bandWith(admin, member);
    const events = new RecordingEventBus();
    const handler = new UpdateBandSettingsHandler(kit.bands, kit.access, events.asEventBus());
    return { kit, admin, member, bandId, code, handler, events };
  }

  it('writes the changed settings and answers the band as its admin sees it', async () => {
    const { kit, admin, bandId, code, handler, events } = await setUp();
    const answer = await handler.execute(
      new UpdateBandSettingsCommand(admin, bandId, { name: ' Groove  Machine ', timezone: 'europe/brussels' }),
    );
    expect(answer).toEqual({
      id: bandId,
      name: 'Groove Machine',
      description: '',
      template: 'classic',
      logoUrl: null,
      timezone: 'Europe/Brussels',
      language: 'fr',
      inviteCode: code,
    });
    expect(await kit.reader.band(bandId)).toEqual(answer);
    expect(events.published).toEqual([new BandSettingsUpdated(bandId, admin)]);
  });

  it('keeps both changes when two admins edit different fields at the same instant', async () => {
    const { kit, admin, member, bandId, handler } = await setUp();
    await new ChangeMemberRoleHandler(
      kit.rosters,
      kit.unitOfWork,
      kit.profiles,
      new RecordingEventBus().asEventBus(),
    ).execute(new ChangeMemberRoleCommand(admin, bandId, member, 'admin'));
    await Promise.all([
      handler.execute(new UpdateBandSettingsCommand(admin, bandId, { description: 'Funk & soul' })),
      handler.execute(new UpdateBandSettingsCommand(member, bandId, { template: 'groove' })),
    ]);
    expect(await kit.reader.band(bandId)).toMatchObject({
      name: 'Les Rythmes',
      description: 'Funk & soul',
      template: 'groove',
    });
  });

  it('refuses members and strangers, and changes nothing', async () => {
    const { kit, member, bandId, handler } = await setUp();
    const before = await kit.reader.band(bandId);
    await expect(handler.execute(new UpdateBandSettingsCommand(member, bandId, { name: 'Mine' }))).rejects.toThrow(
      InsufficientRoleError,
    );
    await expect(handler.execute(new UpdateBandSettingsCommand(kit.user(), bandId, { name: 'Mine' }))).rejects.toThrow(
      BandNotFoundError,
    );
    expect(await kit.reader.band(bandId)).toEqual(before);
  });

  it('refuses the whole change when one setting is wrong', async () => {
    const { kit, admin, bandId, handler } = await setUp();
    const before = await kit.reader.band(bandId);
    await expect(
      handler.execute(new UpdateBandSettingsCommand(admin, bandId, { description: 'fine', template: 'pink' })),
    ).rejects.toThrow(InvalidBandSettingError);
    expect(await kit.reader.band(bandId)).toEqual(before);
  });
});
