import { defineEntity, p } from '@mikro-orm/core';

/**
 * The `rehearsals` table: one row a date; the dates of a series share `series_id`. `band_id` and the
 * `song_ids` are plain uuids (the band's foreign key in the migration; the songs are checked through the
 * repertoire when written). The agenda reads them by band and start, a series by its id and start.
 */
export const RehearsalRecord = defineEntity({
  name: 'RehearsalRecord',
  tableName: 'rehearsals',
  properties: {
    id: p.uuid().primary(),
    bandId: p.uuid(),
    seriesId: p.uuid().nullable(),
    startsAt: p.datetime(),
    endsAt: p.datetime().nullable(),
    location: p.string().length(200).nullable(),
    notes: p.text().nullable(),
    songIds: p.array().columnType('uuid[]').default([]),
    status: p.string().length(10),
    createdAt: p.datetime(),
  },
  indexes: [
    { name: 'rehearsals_band_starts_index', properties: ['bandId', 'startsAt', 'id'] },
    { name: 'rehearsals_series_starts_index', properties: ['seriesId', 'startsAt'] },
  ],
  checks: [
    { name: 'rehearsals_ends_after_start', expression: 'ends_at is null or ends_at > starts_at' },
    { name: 'rehearsals_status', expression: `status in ('planned', 'cancelled')` },
  ],
});
