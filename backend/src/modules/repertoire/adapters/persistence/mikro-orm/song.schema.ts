import { defineEntity, p } from '@mikro-orm/core';

/** The band's average to one decimal, -1 while nobody rated the song: the band-average order's key. */
const AVERAGE_KEY = '(coalesce(round("level_sum"::numeric / nullif("rated_by", 0), 1), -1))';

/**
 * The `songs` table: a band's repertoire. `band_id` and `suggested_by` are plain uuid columns, their
 * foreign keys (bands, users) in the migration. `search_text` as for suggestions. `level_sum` and
 * `rated_by` are the band's figures, kept by a trigger on `member_progress` (never written here) so the
 * average is a column the band-average order reads from an index (ADR 0033).
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
    levelSum: p.integer().default(0),
    ratedBy: p.integer().default(0),
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
      name: 'songs_band_average_index',
      expression: `create index "songs_band_average_index" on "songs" ("band_id", ${AVERAGE_KEY}, "search_text" collate "C", "id")`,
    },
    {
      name: 'songs_band_status_average_index',
      expression: `create index "songs_band_status_average_index" on "songs" ("band_id", "mastered", ${AVERAGE_KEY}, "search_text" collate "C", "id")`,
    },
    {
      name: 'songs_search_text_index',
      expression: 'create index "songs_search_text_index" on "songs" using gin ("search_text" gin_trgm_ops)',
    },
  ],
});
