import { describe, expect, it } from '@jest/globals';
import { aBand, aGig } from '../../../testing/export.mother.js';
import type { BandProfiles } from '../../ports/band-profiles.js';
import type { GigProgrammes } from '../../ports/gig-programmes.js';
import { ExportSetlistHandler } from './export-setlist.handler.js';
import { ExportSetlistQuery } from './export-setlist.query.js';

class GigNotVisible extends Error {}

describe('ExportSetlistHandler', () => {
  const english = aBand({ name: 'The Beats', language: 'en' });
  const gigs: GigProgrammes = {
    programmeOf: async (viewerId, gigId) => {
      if (viewerId !== 'sam') throw new GigNotVisible();
      return aGig({ id: gigId, bandId: 'beats' });
    },
  };
  const bands: BandProfiles = {
    profileOf: async (_viewerId, bandId) => (bandId === 'beats' ? english : aBand()),
  };
  const handler = new ExportSetlistHandler(gigs, bands);

  it('answers a member the gig with its sets and the band it belongs to', async () => {
    await expect(handler.execute(new ExportSetlistQuery('sam', 'gig-1'))).resolves.toEqual({
      band: english,
      gig: aGig({ id: 'gig-1', bandId: 'beats' }),
    });
  });

  it('refuses someone outside the gig’s band as the schedule does', async () => {
    await expect(handler.execute(new ExportSetlistQuery('zoe', 'gig-1'))).rejects.toThrow(GigNotVisible);
  });
});
