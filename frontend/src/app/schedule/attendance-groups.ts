import { Attendee, AttendanceStatus } from '../core/api/api-types';

export interface AttendanceGroup {
  /** null: the members who have not answered. */
  readonly status: AttendanceStatus | null;
  readonly members: readonly Attendee[];
}

const ORDER: readonly (AttendanceStatus | null)[] = ['yes', 'maybe', 'no', null];

/**
 * The attendance overview of a gig or a rehearsal: one group per answer, in the order
 * Présent, Peut-être, Absent, then « Sans réponse » last; every group is listed (the count may be 0),
 * members by name.
 */
export function attendanceGroups(attendance: readonly Attendee[]): readonly AttendanceGroup[] {
  return ORDER.map((status) => ({
    status,
    members: attendance
      .filter((member) => member.status === status)
      .toSorted((a, b) => a.displayName.localeCompare(b.displayName, 'fr')),
  }));
}
