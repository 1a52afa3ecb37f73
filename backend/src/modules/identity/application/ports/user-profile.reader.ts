import type { Preferences } from '../../domain/preferences.js';

export interface UserProfileView {
  id: string;
  username: string;
  displayName: string;
  preferences: Preferences;
}

export interface UserProfileReader {
  findProfile(userId: string): Promise<UserProfileView | null>;
}

export const USER_PROFILE_READER = Symbol('UserProfileReader');
