/** The fields of `after` whose value differs from `before` (plain values: text, numbers, null). */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] !== before[key]) changes[key] = after[key];
  }
  return changes;
}

interface EventTimes {
  readonly startsAt: string;
  readonly endsAt?: string | null;
}

/**
 * A PATCH body for an event: the changed fields, and both times when one changed. The server moves
 * the end with a start sent alone (a date moved keeps its length); the form shows the end as typed.
 */
export function eventChanges<T extends EventTimes>(before: T, after: T): Partial<T> {
  const changes = changedFields(before, after);
  if (!('startsAt' in changes) && !('endsAt' in changes)) return changes;
  return { ...changes, startsAt: after.startsAt, endsAt: after.endsAt };
}
