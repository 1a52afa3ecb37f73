import { EventType } from '../core/api/api-types';

/** The router link of a rehearsal's or a gig's page. */
export const eventPath = (type: EventType, id: string): readonly string[] => [
  type === 'gig' ? '/gigs' : '/rehearsals',
  id,
];
