import { describe, expect, it } from '@jest/globals';
import { RecordingEventBus } from '../../../../../shared/testing/recording-event-bus.js';
import { BandDeleted } from '../../../domain/bands.events.js';
import { BandNotFoundError, InsufficientRoleError } from '../../../domain/bands.errors.js';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { DeleteBandCommand } from './delete-band.command.js';
import { DeleteBandHandler } from './delete-band.handler.js';

describe('DeleteBandHandler', () => {
  async function setUp() {
    const kit = bandsTestKit();
    const [admin, member] = [kit.user(), kit.user()];
    const { bandId, code } = await kit.bandWith(admin, member);
    const events = new RecordingEventBus();
    const handler = new DeleteBandHandler(kit.rosters, kit.bands, kit.unitOfWork, events.asEventBus());
    return { kit, admin, member, bandId, code, handler, events };
  }

  it('lets an admin delete the band: its members, their active band and its code go with it', async () => {
    const { kit, admin, member, bandId, code, handler, events } = await setUp();
    await handler.execute(new DeleteBandCommand(admin, bandId));
    expect(events.published).toEqual([new BandDeleted(bandId, admin)]);
    expect(await kit.bands.findById(bandId)).toBeNull();
    expect(await kit.reader.myBands(member)).toEqual([]);
    expect(await kit.reader.activeBandId(member)).toBeNull();
    expect(await kit.reader.invitation(code)).toBeNull();
  });

  it('refuses a member (403) and a stranger (404), and keeps the band', async () => {
    const { kit, member, bandId, handler, events } = await setUp();
    await expect(handler.execute(new DeleteBandCommand(member, bandId))).rejects.toThrow(InsufficientRoleError);
    await expect(handler.execute(new DeleteBandCommand(kit.user(), bandId))).rejects.toThrow(BandNotFoundError);
    expect(await kit.bands.findById(bandId)).not.toBeNull();
    expect(events.published).toEqual([]);
  });
});
