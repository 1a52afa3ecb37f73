import { defineEntity, p } from '@mikro-orm/core';

/**
 * The `songs` table: a band's repertoire. `band_id` and `suggested_by` are plain uuid columns, their
 * foreign keys (bands, users) in the migration. `search_text` as for suggestions.
 */
export const SongRecord = defineEntity({
  name: 'SongRecord',
  tableName: 'songs',
  properties: {
    id: p.uuid().primary(),
    bandId: p.uuid(),
    title: p.string().length(200),
    artist: p.string().length(200).nullable(),
    versionOf: p.string().length(200).nullable(),
    links: p.array().default([]),
    key: p.string().length(20).nullable(),
    bpm: p.smallint().nullable(),
    durationSec: p.smallint().nullable(),
    mastered: p.boolean().default(false),
    votesAtPromotion: p.integer().nullable(),
    suggestedBy: p.uuid().nullable().index('songs_suggested_by_index'),
    createdAt: p.datetime(),
    searchText: p.text(),
  },
  indexes: [
    {
      name: 'songs_band_title_index',
      expression: 'create index "songs_band_title_index" on "songs" ("band_id", "search_text" collate "C", "id")',
    },
    {
      name: 'songs_band_status_title_index',
      expression:
        'create index "songs_band_status_title_index" on "songs" ("band_id", "mastered", "search_text" collate "C", "id")',
    },
    {
      name: 'songs_search_text_index',
      expression: 'create index "songs_search_text_index" on "songs" using gin ("search_text" gin_trgm_ops)',
    },
  ],
});
