import type { MemberProgress } from '../../domain/member-progress.js';

export interface ProgressRepository {
  /** Stores the member's level (and note, unless it is undefined: then the stored one stays). */
  save(progress: MemberProgress): Promise<void>;
}

export const PROGRESS_REPOSITORY = Symbol('ProgressRepository');
