import { newId } from '../../../shared/application/ids.js';
import type { ActivityEntry } from '../domain/activity-entry.js';

export const minute = (n: number) => new Date(Date.UTC(2026, 11, 2, 10, n));

/** A song promoted at minute `at` of the test morning, unless `overrides` say otherwise. */
export function anEntry(
  bandId: string,
  actorId: string,
  at: number,
  overrides: Partial<ActivityEntry> = {},
): ActivityEntry {
  return {
    id: newId(),
    bandId,
    at: minute(at),
    actorId,
    type: 'song.promoted',
    subject: { type: 'song', id: newId(), title: 'Creep', startsAt: null },
    detail: null,
    count: null,
    ...overrides,
  };
}
