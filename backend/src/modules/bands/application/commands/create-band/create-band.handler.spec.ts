import { describe, expect, it } from '@jest/globals';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';

describe('CreateBandHandler and JoinBandHandler', () => {
  it('makes the founder admin and the band their active one', async () => {
    const kit = bandsTestKit();
    const founder = kit.user('Léa');
    const { bandId } = await kit.bandWith(founder);
    expect(await kit.reader.roleOf(founder, bandId)).toBe('admin');
    expect(await kit.reader.activeBandId(founder)).toBe(bandId);
  });

  it('lets people join as members with the code; joining again keeps the role', async () => {
    const kit = bandsTestKit();
    const founder = kit.user();
    const newcomer = kit.user();
    const { bandId } = await kit.bandWith(founder, newcomer, newcomer, founder);
    expect(await kit.reader.roleOf(newcomer, bandId)).toBe('member');
    expect(await kit.reader.roleOf(founder, bandId)).toBe('admin');
    expect((await kit.reader.members(bandId)).length).toBe(2);
    expect(await kit.reader.activeBandId(newcomer)).toBe(bandId);
  });
});
