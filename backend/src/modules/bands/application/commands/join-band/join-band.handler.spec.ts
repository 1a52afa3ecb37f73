import { describe, expect, it } from '@jest/globals';
import { InvalidInviteCodeError, InviteCodeNotFoundError } from '../../../domain/bands.errors.js';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { JoinBandCommand } from './join-band.command.js';
import { JoinBandHandler } from './join-band.handler.js';

describe('JoinBandHandler', () => {
  it('refuses unknown and malformed codes, and a renewed band’s old code', async () => {
    const kit = bandsTestKit();
    const handler = new JoinBandHandler(kit.bands, kit.rosters, kit.activeBands, kit.unitOfWork, kit.clock);
    const { code } = await kit.bandWith(kit.user());
    await expect(handler.execute(new JoinBandCommand(kit.user(), 'ZZZZZ-ZZZZZ'))).rejects.toThrow(
      InviteCodeNotFoundError,
    );
    await expect(handler.execute(new JoinBandCommand(kit.user(), 'hello'))).rejects.toThrow(InvalidInviteCodeError);
    await expect(handler.execute(new JoinBandCommand(kit.user(), code.toLowerCase()))).resolves.toMatchObject({
      role: 'member',
    });
  });
});
