import type { GigState } from '../domain/gig.js';
import type { AttendeeView } from './attendance-list.js';

/** The setlist a gig carries: built by the setlist use cases; empty until one is saved. */
export interface SetlistView {
  items: never[];
  totalSeconds: number;
}

export interface GigView extends Omit<GigState, 'startsAt' | 'endsAt' | 'createdAt'> {
  startsAt: string;
  endsAt: string | null;
  /** The band's IANA time zone, to show the times on its wall clock. */
  timeZone: string;
  setlist: SetlistView;
  attendance: AttendeeView[];
}

export function gigView(state: Readonly<GigState>, timeZone: string, attendance: AttendeeView[]): GigView {
  const { createdAt: _createdAt, startsAt, endsAt, ...fields } = state;
  return {
    ...fields,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt?.toISOString() ?? null,
    timeZone,
    setlist: { items: [], totalSeconds: 0 },
    attendance,
  };
}
