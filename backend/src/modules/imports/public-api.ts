// The application contract the imports context offers: the import commands the operator's CLI sends.
// The Nest module and the entity list are for the composition root only (app.module.ts, database/).
export { ImportBandtrack1Command } from './application/commands/import-bandtrack1/import-bandtrack1.command.js';
export type { ImportReport } from './domain/import-report.js';
