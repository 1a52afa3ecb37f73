import type { RehearsalState } from '../domain/rehearsal.js';
import type { AttendeeView } from './attendance-list.js';

export interface RehearsalView extends Omit<RehearsalState, 'startsAt' | 'endsAt' | 'createdAt' | 'songIds'> {
  startsAt: string;
  endsAt: string | null;
  songIds: string[];
  /** The band's IANA time zone, to show the times on its wall clock. */
  timeZone: string;
  attendance: AttendeeView[];
}

export function rehearsalView(
  state: Readonly<RehearsalState>,
  timeZone: string,
  attendance: AttendeeView[],
): RehearsalView {
  const { createdAt: _createdAt, startsAt, endsAt, songIds, ...fields } = state;
  return {
    ...fields,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt?.toISOString() ?? null,
    songIds: [...songIds],
    timeZone,
    attendance,
  };
}
