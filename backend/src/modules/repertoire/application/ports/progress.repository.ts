import type { MemberProgress } from '../../domain/member-progress.js';

export interface ProgressRepository {
  /** Stores the member's level (and note, unless it is undefined: then the stored one stays). */
  save(progress: MemberProgress): Promise<void>;
  /**
   * Deletes the levels and notes of someone who is no longer a member, on the songs of that band (of
   * every band they are not in when `bandId` is null). Progress in a band they are (again) in stays.
   */
  deleteAllOf(memberId: string, bandId: string | null): Promise<void>;
  /** The same for everyone who is not a member of the song's band; answers how many levels went. */
  deleteAllOfFormerMembers(): Promise<number>;
}

export const PROGRESS_REPOSITORY = Symbol('ProgressRepository');
