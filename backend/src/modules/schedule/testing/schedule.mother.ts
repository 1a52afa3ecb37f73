import { newId } from '../../../shared/application/ids.js';
import { Gig, type GigChanges } from '../domain/gig.js';
import { Rehearsal, type RehearsalChanges } from '../domain/rehearsal.js';

export const T0 = new Date('2026-11-24T10:00:00.000Z');

export function aGig(bandId: string, changes: GigChanges = {}): Gig {
  return Gig.plan({
    id: newId(),
    bandId,
    now: T0,
    actorId: newId(),
    title: 'Fête de la musique',
    startsAt: new Date('2027-06-21T18:00:00.000Z'),
    ...changes,
  });
}

export function aRehearsal(bandId: string, changes: RehearsalChanges & { seriesId?: string | null } = {}): Rehearsal {
  const { seriesId = null, ...fields } = changes;
  return Rehearsal.plan({
    id: newId(),
    bandId,
    seriesId,
    now: T0,
    startsAt: new Date('2026-12-03T19:00:00.000Z'),
    ...fields,
  });
}
