// Every migration, oldest first. MikroORM runs this list instead of scanning the folder, so the same
// code works under jest (TypeScript through @swc/jest), with tsx and from the compiled dist/server.
// `npm run migration:create` writes `MigrationYYYYMMDDhhmmss_<name>.ts` next to this file: add it below.
// A migration is never edited once applied; change the schema with a new one.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124105827_identity } from './Migration20261124105827_identity.js';
import { Migration20261124111148_bands } from './Migration20261124111148_bands.js';
import { Migration20261201203738_password_resets } from './Migration20261201203738_password-resets.js';
import { Migration20261201212152_repertoire } from './Migration20261201212152_repertoire.js';
import { Migration20261201215506_drop_session_last_seen } from './Migration20261201215506_drop-session-last-seen.js';
import { Migration20261201230330_songs_page_index } from './Migration20261201230330_songs-page-index.js';
import { Migration20261202020658_songs_level_pages } from './Migration20261202020658_songs-level-pages.js';
import { Migration20261202022732_band_current_time_zones } from './Migration20261202022732_band-current-time-zones.js';
import { Migration20261202054458_schedule } from './Migration20261202054458_schedule.js';
import { Migration20261202054620_calendar_tokens } from './Migration20261202054620_calendar-tokens.js';
import { Migration20261202060047_setlists } from './Migration20261202060047_setlists.js';
import { Migration20261202161212_scheduled_jobs } from './Migration20261202161212_scheduled-jobs.js';
import { Migration20261202161954_import_origin } from './Migration20261202161954_import-origin.js';
import { Migration20261202173831_activity } from './Migration20261202173831_activity.js';
import { Migration20261202174445_band_language } from './Migration20261202174445_band-language.js';
import { Migration20261203071030_activity_band_formed } from './Migration20261203071030_activity-band-formed.js';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124105827_identity', class: Migration20261124105827_identity },
  { name: 'Migration20261124111148_bands', class: Migration20261124111148_bands },
  { name: 'Migration20261201203738_password_resets', class: Migration20261201203738_password_resets },
  { name: 'Migration20261201212152_repertoire', class: Migration20261201212152_repertoire },
  { name: 'Migration20261201215506_drop_session_last_seen', class: Migration20261201215506_drop_session_last_seen },
  { name: 'Migration20261201230330_songs_page_index', class: Migration20261201230330_songs_page_index },
  { name: 'Migration20261202020658_songs_level_pages', class: Migration20261202020658_songs_level_pages },
  { name: 'Migration20261202022732_band_current_time_zones', class: Migration20261202022732_band_current_time_zones },
  { name: 'Migration20261202054458_schedule', class: Migration20261202054458_schedule },
  { name: 'Migration20261202054620_calendar_tokens', class: Migration20261202054620_calendar_tokens },
  { name: 'Migration20261202060047_setlists', class: Migration20261202060047_setlists },
  { name: 'Migration20261202161212_scheduled_jobs', class: Migration20261202161212_scheduled_jobs },
  { name: 'Migration20261202161954_import_origin', class: Migration20261202161954_import_origin },
  { name: 'Migration20261202173831_activity', class: Migration20261202173831_activity },
  { name: 'Migration20261202174445_band_language', class: Migration20261202174445_band_language },
  { name: 'Migration20261203071030_activity_band_formed', class: Migration20261203071030_activity_band_formed },
];
