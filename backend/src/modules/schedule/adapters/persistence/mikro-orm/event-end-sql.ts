import { OPEN_END_HOURS } from '../../../domain/event-times.js';

/** The SQL twin of the domain's `endOf`, for the event table aliased `alias`. */
export function eventEndSql(alias: string): string {
  return `coalesce(${alias}.ends_at, ${alias}.starts_at + interval '${OPEN_END_HOURS} hours')`;
}
