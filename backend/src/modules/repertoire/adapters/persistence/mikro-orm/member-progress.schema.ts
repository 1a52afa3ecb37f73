import { defineEntity, p } from '@mikro-orm/core';
import { SongRecord } from './song.schema.js';

/**
 * The `member_progress` table: one row a member's level on a song. `note` is private to `user_id`:
 * readers select it only for the viewer's own row. `user_id` is a plain uuid (foreign key in the migration).
 */
export const MemberProgressRecord = defineEntity({
  name: 'MemberProgressRecord',
  tableName: 'member_progress',
  properties: {
    song: () => p.manyToOne(SongRecord).primary().deleteRule('cascade'),
    userId: p.uuid().primary(),
    level: p.smallint(),
    note: p.text().nullable(),
    updatedAt: p.datetime(),
  },
  primaryKeys: ['song', 'userId'],
  // A member's songs by level (the my-level order), and everything of a former member.
  indexes: [{ name: 'member_progress_user_level_index', properties: ['userId', 'level', 'song'] }],
});
