import type { ActivityRepository } from '../application/ports/activity.repository.js';

/** The activity log's adapter on empty storage, with the users and bands its entries refer to. */
export interface ActivityAdapters {
  activity: ActivityRepository;
  /** Creates a user (identity's side) and returns its id. */
  aUserNamed(displayName: string): Promise<string>;
  renameUser(userId: string, displayName: string): Promise<void>;
  deleteUser(userId: string): Promise<void>;
  /** Creates a band (the bands context's side) and returns its id. */
  aBand(): Promise<string>;
}

export type ActivityAdaptersFactory = () => Promise<ActivityAdapters>;
