import { defineEntity, p } from '@mikro-orm/core';
import { GigRecord } from './gig.schema.js';
import { RehearsalRecord } from './rehearsal.schema.js';

/**
 * The `attendance` table: a member's answer to one rehearsal or one gig (exactly one of the two), at
 * most one per member per event (the two unique constraints; NULLs never clash). The answers go with
 * their event. `user_id` is a plain uuid, its foreign key (users, on delete cascade) in the migration.
 */
export const AttendanceRecord = defineEntity({
  name: 'AttendanceRecord',
  tableName: 'attendance',
  properties: {
    id: p.uuid().primary(),
    rehearsal: () => p.manyToOne(RehearsalRecord).nullable().deleteRule('cascade'),
    gig: () => p.manyToOne(GigRecord).nullable().deleteRule('cascade'),
    userId: p.uuid().index('attendance_user_id_index'),
    status: p.string().length(5),
    comment: p.string().length(500).nullable(),
    answeredAt: p.datetime(),
  },
  uniques: [
    { name: 'attendance_rehearsal_user_unique', properties: ['rehearsal', 'userId'] },
    { name: 'attendance_gig_user_unique', properties: ['gig', 'userId'] },
  ],
  checks: [
    { name: 'attendance_one_event', expression: 'num_nonnulls(rehearsal_id, gig_id) = 1' },
    { name: 'attendance_status', expression: `status in ('yes', 'maybe', 'no')` },
  ],
});
