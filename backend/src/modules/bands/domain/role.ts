export const ROLES = ['member', 'manager', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** member < manager < admin: each role has every right of the roles below it. */
export function hasAtLeast(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}
