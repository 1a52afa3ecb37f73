import { defineEntity, p } from '@mikro-orm/core';
import { UserRecord } from './user.schema.js';

/** The `calendar_tokens` table: one feed secret a user at most (its key), removed with its user. */
export const CalendarTokenRecord = defineEntity({
  name: 'CalendarTokenRecord',
  tableName: 'calendar_tokens',
  properties: {
    user: () => p.manyToOne(UserRecord).primary().deleteRule('cascade'),
    tokenHash: p.string().length(64).unique('calendar_tokens_token_hash_unique'),
    createdAt: p.datetime(),
  },
});
