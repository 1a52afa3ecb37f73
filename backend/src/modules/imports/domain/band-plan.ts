import type { Role } from '../../bands/public-api.js';
import type { OriginalDatabase } from './original-database.js';

/** The name the original gives the group it made for every account (`groups` row or not). */
const DEFAULT_GROUP_NAME = 'Groupe de musique';

const ROLES: Record<string, Role> = { admin: 'admin', moderator: 'manager', user: 'member' };
const TEMPLATES: Record<string, string> = { classic: 'classic', groove: 'groove', violet: 'violet', imgbg: 'image' };

/** One group of the original as a band here: who founds it, who joins with which role, its settings. */
export interface BandPlan {
  readonly groupId: number;
  readonly name: string;
  readonly description: string | null;
  readonly logoUrl: string | null;
  readonly template: string;
  /** The original owner (or, for a group without a row, its first admin): the band's founder here. */
  readonly founderId: number;
  /** Every member but the founder, in the order they joined. */
  readonly members: readonly { readonly userId: number; readonly role: Role }[];
}

export interface BandPlans {
  readonly bands: readonly BandPlan[];
  /** What was changed or left out, one line each, for the report. */
  readonly notices: readonly string[];
}

/**
 * The bands to make. A group's members are its active memberships (an owner without one is still its
 * admin); `moderator` becomes manager and `user` member. The original puts every account in a group 1
 * that usually has no `groups` row: such a group becomes a band only when something was made in it,
 * named after its settings and founded by its first admin.
 */
export function planBands(original: OriginalDatabase): BandPlans {
  const notices: string[] = [];
  const userIds = new Set(original.users.map((user) => user.id));
  const groupIds = new Set([
    ...original.groups.map((group) => group.id),
    ...[original.suggestions, original.songs, original.performances, original.rehearsalEvents].flatMap((rows) =>
      rows.map((row) => row.groupId),
    ),
  ]);
  const bands: BandPlan[] = [];
  for (const groupId of [...groupIds].sort((a, b) => a - b)) {
    const memberships = original.memberships.filter(
      (membership) => membership.groupId === groupId && userIds.has(membership.userId),
    );
    const inactive = memberships.filter((membership) => !membership.active).length;
    if (inactive > 0) notices.push(`group ${groupId}: ${inactive} inactive membership(s) left out`);
    const active = memberships.filter((membership) => membership.active);
    const settings = original.settings.find((row) => row.groupId === groupId);
    const group = original.groups.find((row) => row.id === groupId);
    const founderId = group && userIds.has(group.ownerId) ? group.ownerId : firstAdmin(active);
    if (founderId === undefined) {
      notices.push(`group ${groupId}: nobody to be its admin, left out with what it holds`);
      continue;
    }
    if (!group) notices.push(`group ${groupId} has no row in groups: brought in as it holds songs or dates`);
    const template = TEMPLATES[settings?.template ?? 'classic'];
    if (!template) notices.push(`group ${groupId}: template ${settings?.template} unknown here, classic instead`);
    bands.push({
      groupId,
      name: group?.name ?? settings?.groupName ?? DEFAULT_GROUP_NAME,
      description: group?.description ?? null,
      logoUrl: group?.logoUrl ?? null,
      template: template ?? 'classic',
      founderId,
      members: active
        .filter((membership) => membership.userId !== founderId)
        .map((membership) => ({ userId: membership.userId, role: roleOf(membership.role) })),
    });
  }
  const skipped = [...new Set(original.memberships.map((membership) => membership.groupId))].filter(
    (groupId) => !groupIds.has(groupId),
  );
  for (const groupId of skipped) {
    notices.push(`group ${groupId}: no row in groups and nothing in it (the original's default group), left out`);
  }
  return { bands, notices };
}

/** `moderator` → manager, `user` → member, `admin` → admin; anything else is a member. */
export function roleOf(originalRole: string): Role {
  return ROLES[originalRole] ?? 'member';
}

function firstAdmin(memberships: OriginalDatabase['memberships']): number | undefined {
  return memberships.find((membership) => roleOf(membership.role) === 'admin')?.userId;
}
