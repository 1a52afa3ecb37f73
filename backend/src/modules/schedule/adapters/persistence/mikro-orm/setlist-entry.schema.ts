import { defineEntity, p } from '@mikro-orm/core';
import { GigRecord } from './gig.schema.js';

/**
 * The `setlist_entries` table: a gig's running order, one row per song or break, by position. The
 * entries go with their gig. `song_id` is a plain uuid: its foreign key (songs, on delete cascade) is in
 * the migration, so a removed song leaves no entry behind (removal is refused while a gig to come holds
 * it: SongUsage).
 */
export const SetlistEntryRecord = defineEntity({
  name: 'SetlistEntryRecord',
  tableName: 'setlist_entries',
  properties: {
    gig: () => p.manyToOne(GigRecord).primary().deleteRule('cascade'),
    position: p.smallint().primary(),
    songId: p.uuid().nullable().index('setlist_entries_song_id_index'),
    breakLabel: p.string().length(60).nullable(),
  },
  checks: [
    { name: 'setlist_entries_position', expression: 'position >= 0' },
    // A row without a song is a break; only a break has a label.
    { name: 'setlist_entries_label_on_breaks', expression: 'song_id is null or break_label is null' },
  ],
});
