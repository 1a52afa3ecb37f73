import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  aFoundedBand,
  type BandsAdapters,
  type BandsAdaptersFactory,
  changeRoster,
  minute,
  UNKNOWN_BAND_ID,
} from './bands-adapters.js';

/** What every BandsReader must do, whatever stores the bands. */
export function bandsReaderContract(makeAdapters: BandsAdaptersFactory): void {
  describe('BandsReader contract', () => {
    let adapters: BandsAdapters;
    let alice: string;
    let bob: string;

    beforeEach(async () => {
      adapters = await makeAdapters();
      alice = await adapters.aUserNamed('Alice');
      bob = await adapters.aUserNamed('Bob');
    });

    const join = (bandId: string, userId: string, at: Date) =>
      changeRoster(adapters, bandId, (roster) => roster.join(userId, at));

    it('gives a user’s role in a band, and none to a stranger', async () => {
      const band = await aFoundedBand(adapters, alice);
      expect(await adapters.reader.roleOf(alice, band.id)).toBe('admin');
      expect(await adapters.reader.roleOf(bob, band.id)).toBeNull();
      await join(band.id, bob, minute(1));
      expect(await adapters.reader.roleOf(bob, band.id)).toBe('member');
      expect(await adapters.reader.roleOf(bob, UNKNOWN_BAND_ID)).toBeNull();
    });

    it('lists a user’s bands in the order they joined, with member counts', async () => {
      const first = await aFoundedBand(adapters, alice, 'Premier');
      const second = await aFoundedBand(adapters, alice, 'Second');
      await join(second.id, bob, minute(1));
      expect(await adapters.reader.myBands(alice)).toEqual([
        { id: first.id, name: 'Premier', role: 'admin', memberCount: 1 },
        { id: second.id, name: 'Second', role: 'admin', memberCount: 2 },
      ]);
      expect(await adapters.reader.myBands(bob)).toEqual([
        { id: second.id, name: 'Second', role: 'member', memberCount: 2 },
      ]);
    });

    it('reads what an invitation code opens: the band’s name and member count, nothing else', async () => {
      const band = await aFoundedBand(adapters, alice, 'Les Baguettes Folles');
      await join(band.id, bob, minute(1));
      expect(await adapters.reader.invitation(band.inviteCode)).toEqual({
        bandName: 'Les Baguettes Folles',
        memberCount: 2,
      });
      expect(await adapters.reader.invitation('ZZZZZ-ZZZZZ')).toBeNull();
    });

    it('reads the band view, invitation code included', async () => {
      const band = await aFoundedBand(adapters, alice);
      const { createdAt: _createdAt, ...view } = band.snapshot();
      expect(await adapters.reader.band(band.id)).toEqual(view);
      expect(await adapters.reader.band(UNKNOWN_BAND_ID)).toBeNull();
    });

    it('lists the members with names, roles and join dates, earliest first', async () => {
      const band = await aFoundedBand(adapters, alice);
      await join(band.id, bob, minute(5));
      expect(await adapters.reader.members(band.id)).toEqual([
        { userId: alice, displayName: 'Alice', role: 'admin', joinedAt: minute(0).toISOString() },
        { userId: bob, displayName: 'Bob', role: 'member', joinedAt: minute(5).toISOString() },
      ]);
      expect(await adapters.reader.members(UNKNOWN_BAND_ID)).toEqual([]);
    });

    it('reports the stored active band only while the user belongs to it', async () => {
      const band = await aFoundedBand(adapters, alice);
      await join(band.id, bob, minute(1));
      await adapters.activeBands.set(bob, band.id);
      expect(await adapters.reader.activeBandId(bob)).toBe(band.id);
      await changeRoster(adapters, band.id, (roster) => roster.remove(bob, bob));
      expect(await adapters.reader.activeBandId(bob)).toBeNull();
    });

    it('reads, inside a unit of work, what the unit wrote before it commits', async () => {
      const band = await aFoundedBand(adapters, alice);
      await adapters.unitOfWork.run(async () => {
        const roster = await adapters.rosters.lockForUpdate(band.id);
        roster.join(bob, minute(2));
        await adapters.rosters.save(roster);
        expect(await adapters.reader.roleOf(bob, band.id)).toBe('member');
        expect(await adapters.reader.members(band.id)).toHaveLength(2);
      });
    });
  });
}
