import { EndBeforeStartError } from './schedule.errors.js';

/** When an event happens: a start, and an end after it when one is known. */
export interface EventTimes {
  startsAt: Date;
  endsAt: Date | null;
}

export function eventTimes(startsAt: Date, endsAt: Date | null): EventTimes {
  if (endsAt && endsAt.getTime() <= startsAt.getTime()) throw new EndBeforeStartError();
  return { startsAt: new Date(startsAt), endsAt: endsAt ? new Date(endsAt) : null };
}

/**
 * How long an event with no end is taken to last: a gig under way still counts as upcoming, and
 * its songs stay held, until then.
 */
export const OPEN_END_HOURS = 3;

/** When an event is over: its end, or OPEN_END_HOURS after its start when it has none. */
export function endOf(event: EventTimes): Date {
  return event.endsAt ?? new Date(event.startsAt.getTime() + OPEN_END_HOURS * 3_600_000);
}
