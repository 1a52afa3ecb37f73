import { newId } from '../../../shared/application/ids.js';
import type { UserProfileReader } from '../../identity/public-api.js';

/** Stands in for identity: users known by display name, renamed and deleted as a test says. */
export class FakeUserProfiles implements UserProfileReader {
  readonly names = new Map<string, string>();

  add(displayName: string): string {
    const id = newId();
    this.names.set(id, displayName);
    return id;
  }

  async findProfile(id: string) {
    const displayName = this.names.get(id);
    if (displayName === undefined) return null;
    return { id, username: id, displayName, preferences: { theme: 'system', locale: 'fr' } as const };
  }
}
