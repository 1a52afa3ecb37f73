import { describe, expect, it } from '@jest/globals';
import { BandNotFoundError } from '../../../domain/bands.errors.js';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { GetBandHandler } from './get-band.handler.js';
import { GetBandQuery } from './get-band.query.js';

describe('GetBandHandler', () => {
  it('shows the invitation code to admins only, and nothing to strangers', async () => {
    const kit = bandsTestKit();
    const [admin, member] = [kit.user(), kit.user()];
    const { bandId, code } = await kit.bandWith(admin, member);
    const handler = new GetBandHandler(kit.reader, kit.access);
    expect((await handler.execute(new GetBandQuery(admin, bandId))).inviteCode).toBe(code);
    const seenByMember = await handler.execute(new GetBandQuery(member, bandId));
    expect(seenByMember).not.toHaveProperty('inviteCode');
    expect(seenByMember.name).toBe('Les Rythmes');
    await expect(handler.execute(new GetBandQuery(kit.user(), bandId))).rejects.toThrow(BandNotFoundError);
  });
});
