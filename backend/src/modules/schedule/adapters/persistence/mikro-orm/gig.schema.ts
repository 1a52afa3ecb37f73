import { defineEntity, p } from '@mikro-orm/core';

/**
 * The `gigs` table. `band_id` is a plain uuid column, its foreign key (bands, on delete cascade) in the
 * migration. The agenda reads it by band and start (`gigs_band_starts_index`).
 */
export const GigRecord = defineEntity({
  name: 'GigRecord',
  tableName: 'gigs',
  properties: {
    id: p.uuid().primary(),
    bandId: p.uuid(),
    title: p.string().length(200),
    startsAt: p.datetime(),
    endsAt: p.datetime().nullable(),
    location: p.string().length(200).nullable(),
    address: p.string().length(500).nullable(),
    feeCents: p.bigint('number').nullable(),
    currency: p.string().length(3),
    notes: p.text().nullable(),
    status: p.string().length(10),
    createdAt: p.datetime(),
  },
  indexes: [{ name: 'gigs_band_starts_index', properties: ['bandId', 'startsAt', 'id'] }],
  checks: [
    { name: 'gigs_ends_after_start', expression: 'ends_at is null or ends_at > starts_at' },
    { name: 'gigs_fee_positive', expression: 'fee_cents is null or fee_cents >= 0' },
    { name: 'gigs_status', expression: `status in ('planned', 'confirmed', 'cancelled')` },
  ],
});
