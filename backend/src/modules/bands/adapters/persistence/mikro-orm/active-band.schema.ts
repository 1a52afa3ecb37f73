import { defineEntity, p } from '@mikro-orm/core';
import { UserRecord } from '../../../../identity/public-api.js';
import { BandRecord } from './band.schema.js';

/** The `active_bands` table: the band each user works in. */
export const ActiveBandRecord = defineEntity({
  name: 'ActiveBandRecord',
  tableName: 'active_bands',
  properties: {
    user: () => p.oneToOne(UserRecord).primary().deleteRule('cascade').owner(),
    band: () => p.manyToOne(BandRecord).deleteRule('cascade').index('active_bands_band_id_index'),
  },
});
