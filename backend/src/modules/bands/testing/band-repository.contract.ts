import { beforeEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { InviteCode } from '../domain/invite-code.js';
import { aFoundedBand, type BandsAdapters, type BandsAdaptersFactory, UNKNOWN_BAND_ID } from './bands-adapters.js';

/** What every BandRepository must do, whatever stores it. */
export function bandRepositoryContract(makeAdapters: BandsAdaptersFactory): void {
  describe('BandRepository contract', () => {
    let adapters: BandsAdapters;
    let alice: string;

    beforeEach(async () => {
      adapters = await makeAdapters();
      alice = await adapters.aUserNamed('Alice');
    });

    it('finds an added band by id and by invitation code, with every field intact', async () => {
      const band = await aFoundedBand(adapters, alice);
      expect((await adapters.bands.findById(band.id))?.snapshot()).toEqual(band.snapshot());
      expect((await adapters.bands.findByInviteCode(band.inviteCode))?.snapshot()).toEqual(band.snapshot());
      expect(await adapters.bands.findById(UNKNOWN_BAND_ID)).toBeNull();
      expect(await adapters.bands.findByInviteCode('ZZZZZ-ZZZZZ')).toBeNull();
    });

    it('writes only the settings it is given, and answers the band as it now stands', async () => {
      const band = await aFoundedBand(adapters, alice);
      const { createdAt: _createdAt, ...before } = band.snapshot();
      await expect(adapters.bands.changeSettings(band.id, { description: 'Funk & soul' })).resolves.toEqual({
        ...before,
        description: 'Funk & soul',
      });
      const changed = {
        ...before,
        description: 'Funk & soul',
        template: 'groove',
        logoUrl: 'https://example.org/l.png',
      };
      await expect(
        adapters.bands.changeSettings(band.id, { template: 'groove', logoUrl: 'https://example.org/l.png' }),
      ).resolves.toEqual(changed);
      await expect(adapters.bands.changeSettings(band.id, {})).resolves.toEqual(changed);
      await expect(adapters.bands.changeSettings(band.id, { logoUrl: null })).resolves.toEqual({
        ...changed,
        logoUrl: null,
      });
      expect(await adapters.reader.band(band.id)).toEqual({ ...changed, logoUrl: null });
      await expect(adapters.bands.changeSettings(UNKNOWN_BAND_ID, { name: 'Ghost' })).resolves.toBeNull();
    });

    it('keeps both of two changes to different settings made at the same instant', async () => {
      const band = await aFoundedBand(adapters, alice);
      await Promise.all([
        adapters.bands.changeSettings(band.id, { name: 'Groove Machine' }),
        adapters.bands.changeSettings(band.id, { timezone: 'Europe/Brussels' }),
        adapters.bands.changeSettings(band.id, { language: 'en' }),
        adapters.bands.replaceInviteCode(band.id, InviteCode.parse('K7RD9-PXM4H')!),
      ]);
      expect(await adapters.reader.band(band.id)).toMatchObject({
        name: 'Groove Machine',
        timezone: 'Europe/Brussels',
        language: 'en',
        inviteCode: 'K7RD9-PXM4H',
      });
    });

    it('puts a new invitation code in place of the old one, and changes nothing else', async () => {
      const band = await aFoundedBand(adapters, alice);
      const code = InviteCode.generate(randomBytes);
      await expect(adapters.bands.replaceInviteCode(band.id, code)).resolves.toBe(true);
      expect(await adapters.bands.findByInviteCode(band.inviteCode)).toBeNull();
      expect((await adapters.bands.findByInviteCode(code.value))?.snapshot()).toEqual({
        ...band.snapshot(),
        inviteCode: code.value,
      });
      await expect(adapters.bands.replaceInviteCode(UNKNOWN_BAND_ID, InviteCode.generate(randomBytes))).resolves.toBe(
        false,
      );
    });

    it('deletes a band with its members and active-band choices', async () => {
      const band = await aFoundedBand(adapters, alice);
      const other = await aFoundedBand(adapters, alice, 'Autre');
      await adapters.activeBands.set(alice, band.id);
      await adapters.bands.delete(band.id);
      expect(await adapters.bands.findById(band.id)).toBeNull();
      expect(await adapters.reader.roleOf(alice, band.id)).toBeNull();
      expect(await adapters.reader.activeBandId(alice)).toBeNull();
      expect(await adapters.reader.myBands(alice)).toEqual([
        { id: other.id, name: 'Autre', role: 'admin', memberCount: 1 },
      ]);
    });
  });
}
