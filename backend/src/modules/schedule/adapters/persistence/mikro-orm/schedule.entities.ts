import { AttendanceRecord } from './attendance.schema.js';
import { GigRecord } from './gig.schema.js';
import { RehearsalRecord } from './rehearsal.schema.js';
import { SetlistEntryRecord } from './setlist-entry.schema.js';

export const scheduleEntities = [GigRecord, RehearsalRecord, AttendanceRecord, SetlistEntryRecord];
