import { AttemptRecord } from './attempt.schema.js';
import { CalendarTokenRecord } from './calendar-token.schema.js';
import { PasswordResetRecord } from './password-reset.schema.js';
import { SessionRecord } from './session.schema.js';
import { UserRecord } from './user.schema.js';

export const identityEntities = [UserRecord, SessionRecord, AttemptRecord, PasswordResetRecord, CalendarTokenRecord];
