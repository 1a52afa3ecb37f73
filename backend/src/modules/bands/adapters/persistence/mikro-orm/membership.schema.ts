import { defineEntity, p } from '@mikro-orm/core';
import { UserRecord } from '../../../../identity/public-api.js';
import { ROLES } from '../../../domain/role.js';
import { BandRecord } from './band.schema.js';

/** The `memberships` table: one row a member of a band; gone with the band or the user. */
export const MembershipRecord = defineEntity({
  name: 'MembershipRecord',
  tableName: 'memberships',
  properties: {
    band: () => p.manyToOne(BandRecord).primary().deleteRule('cascade'),
    user: () => p.manyToOne(UserRecord).primary().deleteRule('cascade').index('memberships_user_id_index'),
    role: p.enum(ROLES),
    joinedAt: p.datetime(),
  },
  primaryKeys: ['band', 'user'],
});
