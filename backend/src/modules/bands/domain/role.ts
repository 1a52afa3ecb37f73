import { BandNotFoundError, InsufficientRoleError } from './bands.errors.js';

export const ROLES = ['member', 'manager', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/**
 * The one role check of the app, whoever asks it (BandAccess, the Roster): the role someone holds in
 * a band, when it is at least `minimum` (member < manager < admin: each role has every right of the
 * roles below it). Without a role (not a member) BandNotFoundError: the band's existence stays private.
 */
export function requireRole(role: Role | null | undefined, minimum: Role): Role {
  if (!role) throw new BandNotFoundError();
  if (ROLES.indexOf(role) < ROLES.indexOf(minimum)) throw new InsufficientRoleError(minimum);
  return role;
}
