import type { OriginalDatabase } from '../domain/original-database.js';

/** Object Mother: an original database with one group (2) of three, and the empty group 1 of every account. */
export function anOriginalDatabase(overrides: Partial<OriginalDatabase> = {}): OriginalDatabase {
  const user = (id: number, username: string) => ({
    id,
    username,
    salt: new Uint8Array(16),
    passwordHash: new Uint8Array(32),
  });
  const membership = (userId: number, groupId: number, role: string, active = true) => ({
    userId,
    groupId,
    role,
    active,
  });
  return {
    fingerprint: 'bandtrack1:test',
    users: [user(1, 'alice'), user(2, 'bob'), user(3, 'chloe')],
    groups: [{ id: 2, name: 'Les Copains', description: null, logoUrl: null, createdAt: null, ownerId: 1 }],
    settings: [
      { groupId: 1, groupName: 'Groupe de musique', template: 'classic' },
      { groupId: 2, groupName: 'Les Copains', template: 'imgbg' },
    ],
    memberships: [
      membership(1, 1, 'admin'),
      membership(2, 1, 'user'),
      membership(3, 1, 'user'),
      membership(1, 2, 'admin'),
      membership(2, 2, 'moderator'),
      membership(3, 2, 'user'),
    ],
    suggestions: [],
    votes: [],
    songs: [],
    performances: [],
    rehearsalEvents: [],
    ...overrides,
  };
}
