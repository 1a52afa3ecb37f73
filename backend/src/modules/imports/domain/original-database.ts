/**
 * What the import reads from a database of the original BandTrack (Python + SQLite), table by table,
 * as it is stored there: ids are the original integer ids, dates the original texts, JSON columns
 * their raw text (read by the domain, which reports what it cannot use).
 */
export interface OriginalDatabase {
  /** Tells two original databases apart, the same on every read of one (see ADR 0049). */
  readonly fingerprint: string;
  readonly users: readonly OriginalUser[];
  readonly groups: readonly OriginalGroup[];
  /** The `settings` row of each group id that has one (group 1 may have one without a `groups` row). */
  readonly settings: readonly OriginalSettings[];
  readonly memberships: readonly OriginalMembership[];
  readonly suggestions: readonly OriginalSuggestion[];
  readonly votes: readonly OriginalVote[];
  /** The `rehearsals` table: the songs the band is learning. */
  readonly songs: readonly OriginalSong[];
  readonly performances: readonly OriginalPerformance[];
  readonly rehearsalEvents: readonly OriginalRehearsalEvent[];
}

export interface OriginalUser {
  readonly id: number;
  readonly username: string;
  readonly salt: Uint8Array;
  readonly passwordHash: Uint8Array;
}

export interface OriginalGroup {
  readonly id: number;
  readonly name: string;
  readonly description: string | null;
  readonly logoUrl: string | null;
  readonly createdAt: string | null;
  readonly ownerId: number;
}

export interface OriginalSettings {
  readonly groupId: number;
  readonly groupName: string;
  readonly template: string | null;
}

export interface OriginalMembership {
  readonly userId: number;
  readonly groupId: number;
  /** `admin`, `moderator` or `user` */
  readonly role: string;
  readonly active: boolean;
}

export interface OriginalSuggestion {
  readonly id: number;
  readonly groupId: number;
  readonly creatorId: number;
  readonly title: string;
  readonly author: string | null;
  readonly youtube: string | null;
  readonly url: string | null;
  readonly versionOf: string | null;
  readonly createdAt: string | null;
}

export interface OriginalVote {
  readonly suggestionId: number;
  readonly userId: number;
}

export interface OriginalSong {
  readonly id: number;
  readonly groupId: number;
  readonly title: string;
  readonly author: string | null;
  readonly youtube: string | null;
  readonly spotify: string | null;
  readonly versionOf: string | null;
  /** JSON object: username → level */
  readonly levelsJson: string | null;
  /** JSON object: username → private note */
  readonly notesJson: string | null;
  readonly audioNotesJson: string | null;
  readonly mastered: boolean;
}

export interface OriginalPerformance {
  readonly id: number;
  readonly groupId: number;
  readonly name: string;
  /** Local time without a zone, `2026-06-21T21:00`, or a day alone */
  readonly date: string;
  readonly location: string | null;
  /** JSON array of `rehearsals` ids */
  readonly songsJson: string | null;
}

export interface OriginalRehearsalEvent {
  readonly id: number;
  readonly groupId: number;
  readonly date: string;
  readonly location: string | null;
}
