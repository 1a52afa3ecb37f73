import { AttemptRecord } from './attempt.schema.js';
import { SessionRecord } from './session.schema.js';
import { UserRecord } from './user.schema.js';

export const identityEntities = [UserRecord, SessionRecord, AttemptRecord];
