import {
  BandDeleted,
  BandFormed,
  type BandsEvent,
  MemberJoinedBand,
  MemberLeftBand,
  MemberRoleChanged,
} from './bands.events.js';
import { LastAdminError, MemberNotFoundError, OwnRoleChangeError } from './bands.errors.js';
import { requireRole, type Role } from './role.js';

export interface Membership {
  readonly userId: string;
  readonly role: Role;
  readonly joinedAt: Date;
}

export interface RosterChanges {
  saved: Membership[];
  removed: string[];
}

/**
 * The members of one band and the rules that bind them: nobody changes their own role, and a band
 * with members always keeps an admin. Loaded and saved as a whole, with the band locked meanwhile,
 * so concurrent changes cannot together break the rules.
 */
export class Roster {
  private readonly members: Map<string, Membership>;
  private readonly saved = new Map<string, Membership>();
  private readonly removed = new Set<string>();
  private events: BandsEvent[] = [];

  private constructor(
    readonly bandId: string,
    members: Membership[],
  ) {
    this.members = new Map(members.map((member) => [member.userId, member]));
  }

  static of(bandId: string, members: Membership[]): Roster {
    return new Roster(bandId, members);
  }

  /** The founder of a new band is its admin. */
  static founded(bandId: string, founderId: string, now: Date): Roster {
    const roster = new Roster(bandId, []);
    roster.put({ userId: founderId, role: 'admin', joinedAt: now });
    roster.events.push(new BandFormed(bandId, founderId));
    return roster;
  }

  get size(): number {
    return this.members.size;
  }

  roleOf(userId: string): Role | undefined {
    return this.members.get(userId)?.role;
  }

  /** The actor's role, when it is at least `minimum`; a non-member learns nothing about the band. */
  authorize(actorId: string, minimum: Role): Role {
    return requireRole(this.roleOf(actorId), minimum);
  }

  /** Joining twice changes nothing: the member keeps the role they have. */
  join(userId: string, now: Date): Role {
    const existing = this.members.get(userId);
    if (existing) return existing.role;
    this.put({ userId, role: 'member', joinedAt: now });
    this.events.push(new MemberJoinedBand(this.bandId, userId));
    return 'member';
  }

  changeRole(actorId: string, targetId: string, role: Role): Membership {
    if (actorId === targetId) throw new OwnRoleChangeError();
    const target = this.require(targetId);
    const changed = { ...target, role };
    this.assertKeepsAnAdmin(targetId, changed);
    this.put(changed);
    this.events.push(new MemberRoleChanged(this.bandId, targetId, role, actorId));
    return changed;
  }

  /** Removes a member (or lets them leave: `actorId` is then theirs). Returns whether the band is now empty. */
  remove(targetId: string, actorId: string): { bandIsEmpty: boolean } {
    this.require(targetId);
    this.assertKeepsAnAdmin(targetId, undefined);
    this.members.delete(targetId);
    this.saved.delete(targetId);
    this.removed.add(targetId);
    this.events.push(new MemberLeftBand(this.bandId, targetId, actorId));
    return { bandIsEmpty: this.members.size === 0 };
  }

  /** An admin deletes the band; the caller deletes it (its roster with it) once this allowed it. */
  disband(actorId: string): void {
    this.authorize(actorId, 'admin');
    this.events.push(new BandDeleted(this.bandId, actorId));
  }

  /** What happened since the last call, for the caller to publish once the roster is saved and committed. */
  pullEvents(): BandsEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  changes(): RosterChanges {
    return { saved: [...this.saved.values()], removed: [...this.removed] };
  }

  private require(userId: string): Membership {
    const member = this.members.get(userId);
    if (!member) throw new MemberNotFoundError();
    return member;
  }

  private assertKeepsAnAdmin(userId: string, replacement: Membership | undefined): void {
    const others = [...this.members.values()].filter((member) => member.userId !== userId);
    const after = replacement ? [...others, replacement] : others;
    if (after.length > 0 && !after.some((member) => member.role === 'admin')) throw new LastAdminError();
  }

  private put(member: Membership): void {
    this.members.set(member.userId, member);
    this.saved.set(member.userId, member);
    this.removed.delete(member.userId);
  }
}
