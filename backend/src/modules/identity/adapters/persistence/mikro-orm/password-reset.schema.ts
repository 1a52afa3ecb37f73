import { defineEntity, p } from '@mikro-orm/core';
import { UserRecord } from './user.schema.js';

/** The `password_resets` table: one-time links issued by the operator, removed with their user. */
export const PasswordResetRecord = defineEntity({
  name: 'PasswordResetRecord',
  tableName: 'password_resets',
  properties: {
    id: p.uuid().primary(),
    user: () => p.manyToOne(UserRecord).deleteRule('cascade').index('password_resets_user_id_index'),
    tokenHash: p.string().length(64).unique('password_resets_token_hash_unique'),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  },
});
