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
