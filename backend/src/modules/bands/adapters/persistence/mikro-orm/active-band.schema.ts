import { defineEntity, p } from '@mikro-orm/core';
import { BandRecord } from './band.schema.js';

/**
 * The `active_bands` table: the band each user works in. `user_id` is identity's user id, a plain
 * column here: its foreign key to `users` lives in the migration only.
 */
export const ActiveBandRecord = defineEntity({
  name: 'ActiveBandRecord',
  tableName: 'active_bands',
  properties: {
    userId: p.uuid().primary(),
    band: () => p.manyToOne(BandRecord).deleteRule('cascade').index('active_bands_band_id_index'),
  },
});
