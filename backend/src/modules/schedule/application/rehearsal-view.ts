import type { Rehearsal, RehearsalState } from '../domain/rehearsal.js';
import type { AttendeeView } from './attendance-list.js';

export interface RehearsalView extends Omit<RehearsalState, 'startsAt' | 'endsAt' | 'createdAt' | 'songIds'> {
  startsAt: string;
  endsAt: string | null;
  songIds: string[];
  /** The band's IANA time zone, to show the times on its wall clock. */
  timeZone: string;
  attendance: AttendeeView[];
  /** For a date of a series: how many dates of it are still to come after this one, and the last. */
  seriesEnd: SeriesEndView | null;
}

export interface SeriesEndView {
  /** The dates of the series after this one that are not cancelled. */
  laterDates: number;
  /** When the last date of the series that is not cancelled starts (this one's when it is the last). */
  lastStartsAt: string;
}

/** The end of the series as seen from its date `following[0]`, given it and the later dates in start order. */
export function seriesEndOf(following: readonly Rehearsal[]): SeriesEndView | null {
  const [date, ...later] = following;
  if (!date?.seriesId) return null;
  const on = later.filter((other) => other.status !== 'cancelled');
  return { laterDates: on.length, lastStartsAt: (on.at(-1) ?? date).startsAt.toISOString() };
}

export function rehearsalView(
  state: Readonly<RehearsalState>,
  timeZone: string,
  attendance: AttendeeView[],
  seriesEnd: SeriesEndView | null,
): RehearsalView {
  const { createdAt: _createdAt, startsAt, endsAt, songIds, ...fields } = state;
  return {
    ...fields,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt?.toISOString() ?? null,
    songIds: [...songIds],
    timeZone,
    attendance,
    seriesEnd,
  };
}
