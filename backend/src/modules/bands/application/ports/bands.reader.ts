import type { Language, Template } from '../../domain/band-settings.js';
import type { Role } from '../../domain/role.js';

export interface MyBandView {
  id: string;
  name: string;
  role: Role;
  memberCount: number;
}

export interface BandView {
  id: string;
  name: string;
  description: string;
  template: Template;
  logoUrl: string | null;
  timezone: string;
  language: Language;
  inviteCode: string;
}

/** In the answer's shape (ADR 0028): the list is handed out as it is read. */
export interface MemberView {
  userId: string;
  displayName: string;
  role: Role;
  /** As Date.prototype.toISOString() writes it. */
  joinedAt: string;
}

/** What an invitation link shows to anyone holding the code. */
export interface InvitationView {
  bandName: string;
  memberCount: number;
}

/** The read side of the bands context: view objects straight from storage, no aggregates. */
export interface BandsReader {
  roleOf(userId: string, bandId: string): Promise<Role | null>;
  myBands(userId: string): Promise<MyBandView[]>;
  band(bandId: string): Promise<BandView | null>;
  members(bandId: string): Promise<MemberView[]>;
  /** The band an invitation code (canonical form, `K7RD9-PXM4H`) opens, or null. */
  invitation(inviteCode: string): Promise<InvitationView | null>;
  /** The stored active band, if the user still belongs to it. */
  activeBandId(userId: string): Promise<string | null>;
}

export const BANDS_READER = Symbol('BandsReader');
