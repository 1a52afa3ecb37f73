import { defineEntity, p } from '@mikro-orm/core';

/**
 * The `suggestions` table. `band_id` and `created_by` are plain uuid columns: their foreign keys (to
 * bands and users, other contexts) are declared in the migration. `vote_count` is written by the vote
 * statement only; `search_text` is searchText(title, artist), matched by `?q=` through a trigram index.
 */
export const SuggestionRecord = defineEntity({
  name: 'SuggestionRecord',
  tableName: 'suggestions',
  properties: {
    id: p.uuid().primary(),
    bandId: p.uuid(),
    title: p.string().length(200),
    artist: p.string().length(200).nullable(),
    versionOf: p.string().length(200).nullable(),
    links: p.array().default([]),
    comment: p.text().nullable(),
    createdBy: p.uuid().nullable().index('suggestions_created_by_index'),
    createdAt: p.datetime(),
    voteCount: p.integer().default(0),
    searchText: p.text(),
  },
  indexes: [
    {
      name: 'suggestions_band_votes_index',
      columns: [
        { name: 'band_id' },
        { name: 'vote_count', sort: 'desc' },
        { name: 'created_at', sort: 'desc' },
        { name: 'id', sort: 'desc' },
      ],
    },
    {
      name: 'suggestions_band_recent_index',
      columns: [{ name: 'band_id' }, { name: 'created_at', sort: 'desc' }, { name: 'id', sort: 'desc' }],
    },
    {
      name: 'suggestions_search_text_index',
      expression:
        'create index "suggestions_search_text_index" on "suggestions" using gin ("search_text" gin_trgm_ops)',
    },
  ],
});
