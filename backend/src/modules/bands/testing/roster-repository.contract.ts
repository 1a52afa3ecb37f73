import { beforeEach, describe, expect, it } from '@jest/globals';
import { BandNotFoundError } from '../domain/bands.errors.js';
import type { Roster } from '../domain/roster.js';
import {
  aFoundedBand,
  type BandsAdapters,
  type BandsAdaptersFactory,
  changeRoster,
  minute,
  UNKNOWN_BAND_ID,
} from './bands-adapters.js';

/** What every RosterRepository must do, whatever stores it. */
export function rosterRepositoryContract(makeAdapters: BandsAdaptersFactory): void {
  describe('RosterRepository contract', () => {
    let adapters: BandsAdapters;
    let alice: string;
    let bob: string;

    beforeEach(async () => {
      adapters = await makeAdapters();
      alice = await adapters.aUserNamed('Alice');
      bob = await adapters.aUserNamed('Bob');
    });

    const change = (bandId: string, edit: (roster: Roster) => void) => changeRoster(adapters, bandId, edit);

    it('loads a band’s members, and saves who joined, changed role or left', async () => {
      const band = await aFoundedBand(adapters, alice);
      await change(band.id, (roster) => {
        roster.join(bob, minute(5));
        roster.changeRole(alice, bob, 'manager');
      });
      const loaded = await adapters.unitOfWork.run(() => adapters.rosters.lockForUpdate(band.id));
      expect([loaded.size, loaded.roleOf(alice), loaded.roleOf(bob)]).toEqual([2, 'admin', 'manager']);
      expect(await adapters.rosters.bandIdsOf(bob)).toEqual([band.id]);
      await change(band.id, (roster) => roster.remove(bob, alice));
      expect(await adapters.reader.roleOf(bob, band.id)).toBeNull();
      expect(await adapters.rosters.bandIdsOf(bob)).toEqual([]);
    });

    it('keeps a member’s join date when their role changes', async () => {
      const band = await aFoundedBand(adapters, alice);
      await change(band.id, (roster) => roster.join(bob, minute(5)));
      await change(band.id, (roster) => roster.changeRole(alice, bob, 'admin'));
      expect((await adapters.reader.members(band.id)).map((member) => member.joinedAt)).toEqual([
        minute(0).toISOString(),
        minute(5).toISOString(),
      ]);
    });

    it('refuses to lock a band that does not exist', async () => {
      await expect(adapters.unitOfWork.run(() => adapters.rosters.lockForUpdate(UNKNOWN_BAND_ID))).rejects.toThrow(
        BandNotFoundError,
      );
    });

    it('holds the lock until the unit of work ends: the next unit sees the change', async () => {
      const band = await aFoundedBand(adapters, alice);
      let lockTaken!: () => void;
      const taken = new Promise<void>((resolve) => (lockTaken = resolve));
      const order: string[] = [];
      const first = adapters.unitOfWork.run(async () => {
        const roster = await adapters.rosters.lockForUpdate(band.id);
        lockTaken();
        await new Promise((resolve) => setTimeout(resolve, 100));
        roster.join(bob, minute(1));
        await adapters.rosters.save(roster);
        order.push('first');
      });
      await taken;
      const second = adapters.unitOfWork.run(async () => {
        const roster = await adapters.rosters.lockForUpdate(band.id);
        order.push('second');
        return roster.roleOf(bob);
      });
      await first;
      await expect(second).resolves.toBe('member');
      expect(order).toEqual(['first', 'second']);
    });
  });
}
