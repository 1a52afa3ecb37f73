import { describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../../../../shared/testing/fixed-clock.js';
import { aBand, CREEP, ZOMBIE } from '../../../testing/export.mother.js';
import type { BandProfiles } from '../../ports/band-profiles.js';
import type { RepertoireSongs } from '../../ports/repertoire-songs.js';
import { ExportRepertoireHandler } from './export-repertoire.handler.js';
import { ExportRepertoireQuery } from './export-repertoire.query.js';

class NotAMember extends Error {}

describe('ExportRepertoireHandler', () => {
  const asked: string[] = [];
  const bands: BandProfiles = {
    profileOf: async (viewerId) => {
      asked.push(`band:${viewerId}`);
      if (viewerId !== 'sam') throw new NotAMember();
      return aBand();
    },
  };
  const repertoire: RepertoireSongs = {
    songsOf: async (viewerId) => {
      asked.push(`songs:${viewerId}`);
      return [CREEP, ZOMBIE];
    },
  };
  const clock = new FixedClock(new Date('2026-12-02T10:00:00Z'));
  const handler = new ExportRepertoireHandler(bands, repertoire, clock);

  it('answers a member the band, its songs and the moment they were read', async () => {
    await expect(handler.execute(new ExportRepertoireQuery('sam', 'band'))).resolves.toEqual({
      band: aBand(),
      songs: [CREEP, ZOMBIE],
      at: new Date('2026-12-02T10:00:00Z'),
    });
  });

  it('refuses someone outside the band before reading any song', async () => {
    asked.length = 0;
    await expect(handler.execute(new ExportRepertoireQuery('zoe', 'band'))).rejects.toThrow(NotAMember);
    expect(asked).toEqual(['band:zoe']);
  });
});
