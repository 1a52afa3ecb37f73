import { ActivityRecord } from './activity.schema.js';

export const activityEntities = [ActivityRecord];
