import { describe, expect, it } from '@jest/globals';
import { BandNotFoundError, InsufficientRoleError } from '../../../domain/bands.errors.js';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { DeleteBandCommand } from './delete-band.command.js';
import { DeleteBandHandler } from './delete-band.handler.js';

describe('DeleteBandHandler', () => {
  async function setUp() {
    const kit = bandsTestKit();
    const [admin, member] = [kit.user(), kit.user()];
    const { bandId, code } = await kit.bandWith(admin, member);
    const handler = new DeleteBandHandler(kit.rosters, kit.bands, kit.unitOfWork);
    return { kit, admin, member, bandId, code, handler };
  }

  it('lets an admin delete the band: its members, their active band and its code go with it', async () => {
    const { kit, admin, member, bandId, code, handler } = await setUp();
    await handler.execute(new DeleteBandCommand(admin, bandId));
    expect(await kit.bands.findById(bandId)).toBeNull();
    expect(await kit.reader.myBands(member)).toEqual([]);
    expect(await kit.reader.activeBandId(member)).toBeNull();
    expect(await kit.reader.invitation(code)).toBeNull();
  });

  it('refuses a member (403) and a stranger (404), and keeps the band', async () => {
    const { kit, member, bandId, handler } = await setUp();
    await expect(handler.execute(new DeleteBandCommand(member, bandId))).rejects.toThrow(InsufficientRoleError);
    await expect(handler.execute(new DeleteBandCommand(kit.user(), bandId))).rejects.toThrow(BandNotFoundError);
    expect(await kit.bands.findById(bandId)).not.toBeNull();
  });
});
