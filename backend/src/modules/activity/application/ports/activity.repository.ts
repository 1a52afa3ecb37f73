import type { ActivityEntry, ActivityType, SubjectType } from '../../domain/activity-entry.js';

/** An entry as the log shows it: the actor's and a member subject's names as they are today. */
export interface ActivityView {
  id: string;
  /** As Date.prototype.toISOString() writes it. */
  at: string;
  /** Null once the actor's account is deleted. */
  actor: { id: string; displayName: string } | null;
  type: ActivityType;
  subject: { type: SubjectType; id: string; title: string | null; startsAt: string | null };
  detail: string | null;
  count: number | null;
}

/** Where a page starts: after this entry, newest first. */
export interface ActivityPosition {
  at: Date;
  id: string;
}

export interface ActivityRepository {
  /** Keeps the entry; one of a band deleted meanwhile is dropped, an actor deleted meanwhile left out. */
  record(entry: ActivityEntry): Promise<void>;
  /** Up to `limit` entries of the band, newest first (then by id), after `after` when given. */
  page(bandId: string, after: ActivityPosition | null, limit: number): Promise<ActivityView[]>;
  /** Deletes every entry older than `before`, in every band; answers how many went. */
  purgeBefore(before: Date): Promise<number>;
}

export const ACTIVITY_REPOSITORY = Symbol('ActivityRepository');
