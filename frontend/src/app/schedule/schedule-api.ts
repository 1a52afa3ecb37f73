import { EventType } from '../core/api/api-types';

/** GET: the band's home screen (next dates, answers to give, suggestions, songs to work). */
export const dashboardUrl = (bandId: string) => `/api/bands/${encodeURIComponent(bandId)}/dashboard`;

/** PUT: my answer to a rehearsal or a gig. */
export const attendanceUrl = (type: EventType, eventId: string) =>
  `/api/${type === 'gig' ? 'gigs' : 'rehearsals'}/${encodeURIComponent(eventId)}/attendance`;
