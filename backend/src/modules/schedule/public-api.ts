// The application contract the schedule context offers the other contexts: what their domain,
// application and adapters may import. The Nest module and the entity list are for the composition root
// only (app.module.ts, database/). Everything else is internal to the schedule.
export {
  AttendanceAnswered,
  GigCancelled,
  GigChanged,
  GigPlanned,
  GigRemoved,
  RehearsalCancelled,
  RehearsalChanged,
  RehearsalPlanned,
  RehearsalRemoved,
  SetlistSaved,
} from './domain/schedule.events.js';
export { LOCATION_MAX_LENGTH, TITLE_MAX_LENGTH as EVENT_TITLE_MAX_LENGTH } from './domain/schedule-text.js';
export { PlanGigCommand } from './application/commands/plan-gig/plan-gig.command.js';
export { PlanRehearsalsCommand } from './application/commands/plan-rehearsals/plan-rehearsals.command.js';
export { SaveSetlistCommand } from './application/commands/save-setlist/save-setlist.command.js';
export { GetGigQuery } from './application/queries/get-gig/get-gig.query.js';
export { GetRehearsalQuery } from './application/queries/get-rehearsal/get-rehearsal.query.js';
export type { GigView } from './application/gig-view.js';
