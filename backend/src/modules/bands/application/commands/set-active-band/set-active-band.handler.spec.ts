import { describe, expect, it } from '@jest/globals';
import { BandNotFoundError } from '../../../domain/bands.errors.js';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { SetActiveBandCommand } from './set-active-band.command.js';
import { SetActiveBandHandler } from './set-active-band.handler.js';

describe('SetActiveBandHandler', () => {
  async function setUp() {
    const kit = bandsTestKit();
    const [admin, member] = [kit.user('Alice'), kit.user('Bob')];
    const first = await kit.bandWith(admin, member);
    const second = await kit.bandWith(admin);
    const handler = new SetActiveBandHandler(kit.activeBands, kit.access);
    return { kit, admin, member, first, second, handler };
  }

  it('makes one of the user’s bands the active one', async () => {
    const { kit, admin, first, second, handler } = await setUp();
    expect(await kit.reader.activeBandId(admin)).toBe(second.bandId);
    await handler.execute(new SetActiveBandCommand(admin, first.bandId));
    expect(await kit.reader.activeBandId(admin)).toBe(first.bandId);
  });

  it('refuses a band the user is not a member of, or that does not exist, and keeps the active one', async () => {
    const { kit, member, first, second, handler } = await setUp();
    await expect(handler.execute(new SetActiveBandCommand(member, second.bandId))).rejects.toThrow(BandNotFoundError);
    await expect(
      handler.execute(new SetActiveBandCommand(member, '01a20d32-9d6e-71e2-8ccb-7face453047f')),
    ).rejects.toThrow(BandNotFoundError);
    expect(await kit.reader.activeBandId(member)).toBe(first.bandId);
  });
});
