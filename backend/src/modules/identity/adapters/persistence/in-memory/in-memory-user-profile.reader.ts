import { Injectable } from '@nestjs/common';
import type { UserProfileReader, UserProfileView } from '../../../application/ports/user-profile.reader.js';
import { InMemoryIdentityStore } from './in-memory-identity.store.js';

@Injectable()
export class InMemoryUserProfileReader implements UserProfileReader {
  constructor(private readonly store: InMemoryIdentityStore) {}

  async findProfile(userId: string): Promise<UserProfileView | null> {
    const state = this.store.users.get(userId);
    if (!state) return null;
    const { id, username, displayName, preferences } = state;
    return { id, username, displayName, preferences: { ...preferences } };
  }
}
