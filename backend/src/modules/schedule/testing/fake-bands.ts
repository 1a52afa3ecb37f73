import { newId } from '../../../shared/application/ids.js';
import { BandAccess, type Role } from '../../bands/public-api.js';
import type { BandDirectory, BandMember, MemberBand } from '../application/ports/band-directory.js';

type BandsReader = ConstructorParameters<typeof BandAccess>[0];

/**
 * Stands in for the bands context in schedule tests: bands with a time zone, and members with a role
 * and a display name. The BandAccess it hands out is the real one, over these roles.
 */
export class FakeBands implements BandDirectory {
  private readonly names = new Map<string, string>();
  private readonly bands = new Map<string, { name: string; timeZone: string; roles: Map<string, Role> }>();
  readonly access = new BandAccess({
    roleOf: async (userId: string, bandId: string) => this.bands.get(bandId)?.roles.get(userId) ?? null,
  } as Partial<BandsReader> as BandsReader);

  person(displayName = 'someone'): string {
    const id = newId();
    this.names.set(id, displayName);
    return id;
  }

  /** A new band with these members, each in the given role. */
  band(members: Record<string, Role>, timeZone = 'Europe/Paris', name = 'Les Rythmes'): string {
    const bandId = newId();
    this.bands.set(bandId, { name, timeZone, roles: new Map(Object.entries(members)) });
    return bandId;
  }

  leave(bandId: string, userId: string): void {
    this.bands.get(bandId)?.roles.delete(userId);
  }

  async timeZoneOf(_viewerId: string, bandId: string): Promise<string> {
    return this.bands.get(bandId)!.timeZone;
  }

  async membersOf(_viewerId: string, bandId: string): Promise<BandMember[]> {
    return [...this.bands.get(bandId)!.roles.keys()].map((userId) => ({
      userId,
      displayName: this.names.get(userId)!,
    }));
  }

  async bandsOf(userId: string): Promise<MemberBand[]> {
    return [...this.bands].filter(([, band]) => band.roles.has(userId)).map(([id, { name }]) => ({ id, name }));
  }
}
