import { defineEntity, p } from '@mikro-orm/core';

/** The `scheduled_jobs` table: one row per periodic job, its last claimed period and how that run ended. */
export const ScheduledJobRecord = defineEntity({
  name: 'ScheduledJobRecord',
  tableName: 'scheduled_jobs',
  properties: {
    name: p.string().length(100).primary(),
    periodStart: p.datetime(),
    startedAt: p.datetime(),
    finishedAt: p.datetime().nullable(),
    outcome: p.string().length(16),
    message: p.text().nullable(),
  },
});
