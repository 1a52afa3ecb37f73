import { defineEntity, p } from '@mikro-orm/core';
import { SuggestionRecord } from './suggestion.schema.js';

/**
 * The `votes` table: one row a member's vote, the primary key making it one per member per suggestion.
 * `user_id` is a plain uuid column; its foreign key to users is in the migration.
 */
export const VoteRecord = defineEntity({
  name: 'VoteRecord',
  tableName: 'votes',
  properties: {
    suggestion: () => p.manyToOne(SuggestionRecord).primary().deleteRule('cascade'),
    userId: p.uuid().primary().index('votes_user_id_index'),
    createdAt: p.datetime(),
  },
  primaryKeys: ['suggestion', 'userId'],
});
