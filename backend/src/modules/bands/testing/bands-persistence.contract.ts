import { beforeEach, describe, expect, it } from '@jest/globals';
import { Roster } from '../domain/roster.js';
import { aBand } from './band.mother.js';
import type { BandsAdapters, BandsAdaptersFactory } from './bands-adapters.js';

const t = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute));

/** What the bands repositories and reader must do together, whatever stores them. */
export function bandsPersistenceContract(makeAdapters: BandsAdaptersFactory): void {
  describe('bands persistence contract', () => {
    let adapters: BandsAdapters;
    let alice: string;
    let bob: string;

    beforeEach(async () => {
      adapters = await makeAdapters();
      alice = await adapters.aUserNamed('Alice');
      bob = await adapters.aUserNamed('Bob');
    });

    async function savedBand(name = 'Les Rythmes') {
      const band = aBand({ name });
      await adapters.bands.save(band);
      await adapters.unitOfWork.run(() => adapters.rosters.save(Roster.founded(band.id, alice, t(0))));
      return band;
    }

    it('finds a band by id and by invitation code, and saves its changes', async () => {
      const band = await savedBand();
      expect((await adapters.bands.findById(band.id))?.snapshot()).toEqual(band.snapshot());
      expect((await adapters.bands.findByInviteCode(band.inviteCode))?.id).toBe(band.id);
      band.changeSettings({ template: 'groove', logoUrl: 'https://example.org/l.png', description: 'd' });
      await adapters.bands.save(band);
      expect((await adapters.bands.findById(band.id))?.snapshot()).toEqual(band.snapshot());
      expect(await adapters.bands.findByInviteCode('ZZZZZ-ZZZZZ')).toBeNull();
    });

    it('loads, changes and saves a roster, and reads it back', async () => {
      const band = await savedBand();
      await adapters.unitOfWork.run(async () => {
        const roster = await adapters.rosters.lockForUpdate(band.id);
        roster.join(bob, t(5));
        roster.changeRole(alice, bob, 'manager');
        await adapters.rosters.save(roster);
      });
      expect(await adapters.reader.roleOf(bob, band.id)).toBe('manager');
      expect(await adapters.reader.members(band.id)).toEqual([
        { userId: alice, displayName: 'Alice', role: 'admin', joinedAt: t(0) },
        { userId: bob, displayName: 'Bob', role: 'manager', joinedAt: t(5) },
      ]);
      expect(await adapters.rosters.bandIdsOf(bob)).toEqual([band.id]);
      await adapters.unitOfWork.run(async () => {
        const roster = await adapters.rosters.lockForUpdate(band.id);
        roster.remove(bob);
        await adapters.rosters.save(roster);
      });
      expect(await adapters.reader.roleOf(bob, band.id)).toBeNull();
      expect(await adapters.rosters.bandIdsOf(bob)).toEqual([]);
    });

    it('lists a user’s bands in the order they joined, with member counts', async () => {
      const first = await savedBand('Premier');
      const second = await savedBand('Second');
      await adapters.unitOfWork.run(async () => {
        const roster = await adapters.rosters.lockForUpdate(second.id);
        roster.join(bob, t(1));
        await adapters.rosters.save(roster);
      });
      expect(await adapters.reader.myBands(alice)).toEqual([
        { id: first.id, name: 'Premier', role: 'admin', memberCount: 1 },
        { id: second.id, name: 'Second', role: 'admin', memberCount: 2 },
      ]);
      expect(await adapters.reader.myBands(bob)).toEqual([
        { id: second.id, name: 'Second', role: 'member', memberCount: 2 },
      ]);
    });

    it('reads the band view, invitation code included', async () => {
      const band = await savedBand();
      const { createdAt: _createdAt, ...view } = band.snapshot();
      expect(await adapters.reader.band(band.id)).toEqual(view);
      expect(await adapters.reader.band('01a20d32-9d6e-71e2-8ccb-7face453047f')).toBeNull();
    });

    it('keeps the active band while the user belongs to it', async () => {
      const band = await savedBand();
      await adapters.activeBands.set(alice, band.id);
      expect(await adapters.reader.activeBandId(alice)).toBe(band.id);
      await adapters.activeBands.clear(alice, '01a20d32-9d6e-71e2-8ccb-7face453047f');
      expect(await adapters.reader.activeBandId(alice)).toBe(band.id);
      await adapters.activeBands.clear(alice, band.id);
      expect(await adapters.reader.activeBandId(alice)).toBeNull();
    });

    it('deletes a band with its members and active-band choices', async () => {
      const band = await savedBand();
      await adapters.activeBands.set(alice, band.id);
      await adapters.bands.delete(band.id);
      expect(await adapters.bands.findById(band.id)).toBeNull();
      expect(await adapters.reader.myBands(alice)).toEqual([]);
      expect(await adapters.reader.activeBandId(alice)).toBeNull();
    });
  });
}
