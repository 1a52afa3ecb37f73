import { defineEntity, p } from '@mikro-orm/core';

/** The `auth_attempts` table: failed logins and registrations, counted per key for rate limits. */
export const AttemptRecord = defineEntity({
  name: 'AttemptRecord',
  tableName: 'auth_attempts',
  properties: {
    id: p.uuid().primary(),
    kind: p.string().length(32),
    key: p.string().length(256),
    occurredAt: p.datetime(),
  },
  indexes: [
    { name: 'auth_attempts_kind_key_occurred_at_index', properties: ['kind', 'key', 'occurredAt'] },
    { name: 'auth_attempts_occurred_at_index', properties: ['occurredAt'] },
  ],
});
