import type { GigState } from '../domain/gig.js';
import type { AttendeeView } from './attendance-list.js';
import type { SetlistView } from './setlist-view.js';

export interface GigView extends Omit<GigState, 'startsAt' | 'endsAt' | 'createdAt'> {
  startsAt: string;
  endsAt: string | null;
  /** The band's IANA time zone, to show the times on its wall clock. */
  timeZone: string;
  setlist: SetlistView;
  attendance: AttendeeView[];
}

export function gigView(
  state: Readonly<GigState>,
  timeZone: string,
  setlist: SetlistView,
  attendance: AttendeeView[],
): GigView {
  const { createdAt: _createdAt, startsAt, endsAt, ...fields } = state;
  return {
    ...fields,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt?.toISOString() ?? null,
    timeZone,
    setlist,
    attendance,
  };
}
