// Every MikroORM mapping of the app, one line per schema (`defineEntity`/`EntitySchema` objects living in
// each module's `adapters/persistence/mikro-orm/`). The ORM config, the migration CLI and the tests read
// this list: a schema missing here is invisible to `npm run migration:create`.
import type { EntitySchema } from '@mikro-orm/core';
import { activityEntities } from '../modules/activity/adapters/persistence/mikro-orm/activity.entities.js';
import { bandsEntities } from '../modules/bands/adapters/persistence/mikro-orm/bands.entities.js';
import { importsEntities } from '../modules/imports/adapters/persistence/mikro-orm/imports.entities.js';
import { identityEntities } from '../modules/identity/adapters/persistence/mikro-orm/identity.entities.js';
import { repertoireEntities } from '../modules/repertoire/adapters/persistence/mikro-orm/repertoire.entities.js';
import { ScheduledJobRecord } from '../shared/jobs/scheduled-job.schema.js';
import { scheduleEntities } from '../modules/schedule/adapters/persistence/mikro-orm/schedule.entities.js';

export const entities: readonly EntitySchema[] = [
  ...identityEntities,
  ...bandsEntities,
  ...repertoireEntities,
  ...scheduleEntities,
  ScheduledJobRecord,
  ...importsEntities,
  ...activityEntities,
];
