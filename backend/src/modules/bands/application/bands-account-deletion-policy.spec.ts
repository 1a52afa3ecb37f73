import { describe, expect, it } from '@jest/globals';
import { LastAdminError } from '../domain/bands.errors.js';
import { MemberLeftBand } from '../domain/bands.events.js';
import { bandsTestKit } from '../testing/bands-test-kit.js';
import { BandsAccountDeletionPolicy } from './bands-account-deletion-policy.js';
import { BandsOfMember } from './bands-of-member.js';

describe('BandsAccountDeletionPolicy', () => {
  it('takes the user out of every band and deletes the bands they were alone in', async () => {
    const kit = bandsTestKit();
    const [leaver, admin] = [kit.user(), kit.user()];
    const shared = await kit.bandWith(admin, leaver);
    const solo = await kit.bandWith(leaver);
    const events = await new BandsAccountDeletionPolicy(kit.rosters, kit.removal).releaseUser(leaver);
    expect(events).toEqual(
      expect.arrayContaining([
        new MemberLeftBand(shared.bandId, leaver, leaver),
        new MemberLeftBand(solo.bandId, leaver, leaver),
      ]),
    );
    expect(await kit.reader.roleOf(leaver, shared.bandId)).toBeNull();
    expect(await kit.bands.findById(solo.bandId)).toBeNull();
  });

  it('refuses while the user is the last admin of a band with other members', async () => {
    const kit = bandsTestKit();
    const [admin, member] = [kit.user(), kit.user()];
    await kit.bandWith(admin, member);
    await expect(new BandsAccountDeletionPolicy(kit.rosters, kit.removal).releaseUser(admin)).rejects.toThrow(
      LastAdminError,
    );
  });
});

describe('BandsOfMember', () => {
  it('reports the stored active band, else the band joined first', async () => {
    const kit = bandsTestKit();
    const [someone, other] = [kit.user(), kit.user()];
    const first = await kit.bandWith(other, someone);
    const second = await kit.bandWith(someone);
    const bandsOf = new BandsOfMember(kit.reader);
    expect((await bandsOf.bandsOf(someone)).activeBandId).toBe(second.bandId);
    await kit.activeBands.clear(someone, second.bandId);
    const view = await bandsOf.bandsOf(someone);
    expect(view.activeBandId).toBe(first.bandId);
    expect(view.bands.map((band) => band.role)).toEqual(['member', 'admin']);
  });
});
