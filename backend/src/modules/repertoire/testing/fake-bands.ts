import { newId } from '../../../shared/application/ids.js';
import { BandAccess, type Role } from '../../bands/public-api.js';
import type { UserProfileReader } from '../../identity/public-api.js';

type BandsReader = ConstructorParameters<typeof BandAccess>[0];

/**
 * Stands in for the identity and bands contexts in repertoire tests: people known by display name, and
 * their roles in bands. The BandAccess it hands out is the real one, over these roles.
 */
export class FakeBands implements UserProfileReader {
  private readonly names = new Map<string, string>();
  private readonly roles = new Map<string, Role>();
  readonly access = new BandAccess({
    roleOf: async (userId: string, bandId: string) => this.roles.get(`${bandId}/${userId}`) ?? null,
  } as Partial<BandsReader> as BandsReader);

  person(displayName = 'someone'): string {
    const id = newId();
    this.names.set(id, displayName);
    return id;
  }

  /** A new band with these members, each in the given role. */
  band(members: Record<string, Role>): string {
    const bandId = newId();
    for (const [userId, role] of Object.entries(members)) this.roles.set(`${bandId}/${userId}`, role);
    return bandId;
  }

  leave(bandId: string, userId: string): void {
    this.roles.delete(`${bandId}/${userId}`);
  }

  async findProfile(id: string) {
    const displayName = this.names.get(id);
    if (displayName === undefined) return null;
    return { id, username: id, displayName, preferences: { theme: 'system', locale: 'fr' } as const };
  }
}
