import { defineEntity, p } from '@mikro-orm/core';
import { ROLES } from '../../../domain/role.js';
import { BandRecord } from './band.schema.js';

/**
 * The `memberships` table: one row a member of a band; gone with the band or the user. `user_id` is
 * identity's user id, a plain column here: its foreign key to `users` lives in the migration only.
 */
export const MembershipRecord = defineEntity({
  name: 'MembershipRecord',
  tableName: 'memberships',
  properties: {
    band: () => p.manyToOne(BandRecord).primary().deleteRule('cascade').updateRule('cascade'),
    userId: p.uuid().primary().index('memberships_user_id_index'),
    role: p.enum(ROLES),
    joinedAt: p.datetime(),
  },
  primaryKeys: ['band', 'userId'],
});
