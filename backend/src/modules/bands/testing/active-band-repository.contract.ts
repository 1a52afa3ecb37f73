import { beforeEach, describe, expect, it } from '@jest/globals';
import { aFoundedBand, type BandsAdapters, type BandsAdaptersFactory, UNKNOWN_BAND_ID } from './bands-adapters.js';

/** What every ActiveBandRepository must do, whatever stores it (read back through the BandsReader). */
export function activeBandRepositoryContract(makeAdapters: BandsAdaptersFactory): void {
  describe('ActiveBandRepository contract', () => {
    let adapters: BandsAdapters;
    let alice: string;

    beforeEach(async () => {
      adapters = await makeAdapters();
      alice = await adapters.aUserNamed('Alice');
    });

    it('sets the active band, and switches it', async () => {
      const first = await aFoundedBand(adapters, alice);
      const second = await aFoundedBand(adapters, alice, 'Second');
      await adapters.activeBands.set(alice, first.id);
      expect(await adapters.reader.activeBandId(alice)).toBe(first.id);
      await adapters.activeBands.set(alice, second.id);
      expect(await adapters.reader.activeBandId(alice)).toBe(second.id);
    });

    it('clears the active band only when it is the band named', async () => {
      const band = await aFoundedBand(adapters, alice);
      await adapters.activeBands.set(alice, band.id);
      await adapters.activeBands.clear(alice, UNKNOWN_BAND_ID);
      expect(await adapters.reader.activeBandId(alice)).toBe(band.id);
      await adapters.activeBands.clear(alice, band.id);
      expect(await adapters.reader.activeBandId(alice)).toBeNull();
    });
  });
}
