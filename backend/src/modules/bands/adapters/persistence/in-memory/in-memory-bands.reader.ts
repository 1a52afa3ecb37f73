import { Inject, Injectable } from '@nestjs/common';
import { USER_PROFILE_READER, type UserProfileReader } from '../../../../identity/public-api.js';
import type {
  BandsReader,
  BandView,
  InvitationView,
  MemberView,
  MyBandView,
} from '../../../application/ports/bands.reader.js';
import type { Role } from '../../../domain/role.js';
import { InMemoryBandsStore } from './in-memory-bands.store.js';

const byJoinedAt = (a: { joinedAt: Date }, b: { joinedAt: Date }) => a.joinedAt.getTime() - b.joinedAt.getTime();

@Injectable()
export class InMemoryBandsReader implements BandsReader {
  constructor(
    private readonly store: InMemoryBandsStore,
    @Inject(USER_PROFILE_READER) private readonly profiles: UserProfileReader,
  ) {}

  async roleOf(userId: string, bandId: string): Promise<Role | null> {
    return this.store.memberships.get(bandId)?.get(userId)?.role ?? null;
  }

  async myBands(userId: string): Promise<MyBandView[]> {
    return [...this.store.memberships]
      .flatMap(([bandId, members]) => {
        const membership = members.get(userId);
        const band = this.store.bands.get(bandId);
        return membership && band ? [{ membership, band, memberCount: members.size }] : [];
      })
      .sort((a, b) => byJoinedAt(a.membership, b.membership))
      .map(({ membership, band, memberCount }) => ({
        id: band.id,
        name: band.name,
        role: membership.role,
        memberCount,
      }));
  }

  async band(bandId: string): Promise<BandView | null> {
    return this.store.bandView(bandId);
  }

  async members(bandId: string): Promise<MemberView[]> {
    const members = [...(this.store.memberships.get(bandId)?.values() ?? [])].sort(byJoinedAt);
    return Promise.all(
      members.map(async (member) => ({
        userId: member.userId,
        displayName: (await this.profiles.findProfile(member.userId))?.displayName ?? '',
        role: member.role,
        joinedAt: member.joinedAt.toISOString(),
      })),
    );
  }

  async invitation(inviteCode: string): Promise<InvitationView | null> {
    const band = [...this.store.bands.values()].find((state) => state.inviteCode === inviteCode);
    if (!band) return null;
    return { bandName: band.name, memberCount: this.store.memberships.get(band.id)?.size ?? 0 };
  }

  async activeBandId(userId: string): Promise<string | null> {
    const bandId = this.store.activeBands.get(userId);
    return bandId && this.store.memberships.get(bandId)?.has(userId) ? bandId : null;
  }
}
