import { defineEntity, p } from '@mikro-orm/core';
import { ACTIVITY_TYPES, SUBJECT_TYPES } from '../../../domain/activity-entry.js';

const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The `activity` table: a band's log, read newest first a page at a time (`activity_band_recent_index`)
 * and purged by age (`activity_at_index`). `band_id` and `actor_id` are plain uuid columns, their
 * foreign keys in the migration: the entries go with the band, and an account deleted leaves its
 * lines without an actor.
 */
export const ActivityRecord = defineEntity({
  name: 'ActivityRecord',
  tableName: 'activity',
  properties: {
    id: p.uuid().primary(),
    bandId: p.uuid(),
    at: p.datetime(),
    actorId: p.uuid().nullable().index('activity_actor_id_index'),
    type: p.string().length(30),
    subjectType: p.string().length(12),
    subjectId: p.uuid(),
    subjectTitle: p.string().length(200).nullable(),
    subjectStartsAt: p.datetime().nullable(),
    detail: p.string().length(10).nullable(),
    count: p.smallint().nullable(),
  },
  indexes: [
    { name: 'activity_band_recent_index', properties: ['bandId', 'at', 'id'] },
    { name: 'activity_at_index', properties: ['at'] },
  ],
  checks: [
    { name: 'activity_type', expression: `type in (${quoted(ACTIVITY_TYPES)})` },
    { name: 'activity_subject_type', expression: `subject_type in (${quoted(SUBJECT_TYPES)})` },
  ],
});
