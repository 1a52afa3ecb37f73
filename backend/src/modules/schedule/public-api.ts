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
