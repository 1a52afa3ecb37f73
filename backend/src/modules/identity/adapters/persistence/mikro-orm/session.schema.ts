import { defineEntity, p } from '@mikro-orm/core';
import { UserRecord } from './user.schema.js';

/** The `sessions` table: one row a signed-in device, removed with its user. */
export const SessionRecord = defineEntity({
  name: 'SessionRecord',
  tableName: 'sessions',
  properties: {
    id: p.uuid().primary(),
    user: () => p.manyToOne(UserRecord).deleteRule('cascade').index('sessions_user_id_index'),
    tokenHash: p.string().length(64).unique('sessions_token_hash_unique'),
    createdAt: p.datetime(),
    idleExpiresAt: p.datetime(),
    absoluteExpiresAt: p.datetime(),
  },
});
