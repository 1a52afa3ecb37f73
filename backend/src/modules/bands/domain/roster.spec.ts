import { describe, expect, it } from '@jest/globals';
import {
  BandNotFoundError,
  InsufficientRoleError,
  LastAdminError,
  MemberNotFoundError,
  OwnRoleChangeError,
} from './bands.errors.js';
import { BandDeleted, BandFormed, MemberJoinedBand, MemberLeftBand, MemberRoleChanged } from './bands.events.js';
import { type Membership, Roster } from './roster.js';

const now = new Date('2026-11-24T10:00:00Z');
const member = (userId: string, role: Membership['role']): Membership => ({ userId, role, joinedAt: now });

describe('Roster', () => {
  it('makes the founder admin and new members plain members; joining twice changes nothing', () => {
    const roster = Roster.founded('b', 'founder', now);
    expect(roster.roleOf('founder')).toBe('admin');
    expect(roster.pullEvents()).toEqual([new BandFormed('b', 'founder')]);
    expect(roster.join('newcomer', now)).toBe('member');
    expect(roster.join('founder', now)).toBe('admin');
    expect(roster.size).toBe(2);
  });

  it('lets an admin promote and demote others, but nobody change their own role', () => {
    const roster = Roster.of('b', [member('a', 'admin'), member('m', 'member')]);
    expect(roster.changeRole('a', 'm', 'manager').role).toBe('manager');
    expect(() => roster.changeRole('a', 'a', 'member')).toThrow(OwnRoleChangeError);
  });

  it('never leaves a band with members and no admin', () => {
    const roster = Roster.of('b', [member('a', 'admin'), member('m', 'member')]);
    expect(() => roster.remove('a', 'a')).toThrow(LastAdminError);
    expect(() => roster.changeRole('m', 'a', 'member')).toThrow(LastAdminError);
    roster.changeRole('a', 'm', 'admin');
    expect(roster.remove('a', 'a')).toEqual({ bandIsEmpty: false });
    expect(roster.roleOf('m')).toBe('admin');
  });

  it('lets the last member leave, which empties the band', () => {
    const roster = Roster.of('b', [member('a', 'admin')]);
    expect(roster.remove('a', 'a')).toEqual({ bandIsEmpty: true });
  });

  it('refuses to act on someone who is not a member', () => {
    const roster = Roster.of('b', [member('a', 'admin')]);
    expect(() => roster.remove('x', 'x')).toThrow(MemberNotFoundError);
    expect(() => roster.changeRole('a', 'x', 'admin')).toThrow(MemberNotFoundError);
  });

  it('authorizes by role: each role has the rights of those below it; strangers get not-found', () => {
    const roster = Roster.of('b', [member('a', 'admin'), member('g', 'manager'), member('m', 'member')]);
    expect(roster.authorize('a', 'manager')).toBe('admin');
    expect(roster.authorize('g', 'member')).toBe('manager');
    expect(() => roster.authorize('m', 'manager')).toThrow(InsufficientRoleError);
    expect(() => roster.authorize('stranger', 'member')).toThrow(BandNotFoundError);
  });

  it('reports what changed, for the repository to save', () => {
    const roster = Roster.of('b', [member('a', 'admin'), member('m', 'member'), member('x', 'member')]);
    roster.changeRole('a', 'm', 'manager');
    roster.remove('x', 'x');
    roster.join('n', now);
    expect(roster.changes()).toEqual({
      saved: [member('m', 'manager'), member('n', 'member')],
      removed: ['x'],
    });
  });

  it('records who joined, whose role changed, who left and the band’s deletion, each with its actor, once', () => {
    const roster = Roster.of('b', [member('a', 'admin'), member('m', 'member')]);
    roster.join('n', now);
    roster.join('n', now);
    roster.changeRole('a', 'm', 'manager');
    roster.remove('n', 'a');
    roster.remove('m', 'm');
    expect(() => roster.changeRole('a', 'a', 'member')).toThrow(OwnRoleChangeError);
    expect(() => roster.disband('x')).toThrow(BandNotFoundError);
    roster.disband('a');
    expect(roster.pullEvents()).toEqual([
      new MemberJoinedBand('b', 'n'),
      new MemberRoleChanged('b', 'm', 'manager', 'a'),
      new MemberLeftBand('b', 'n', 'a'),
      new MemberLeftBand('b', 'm', 'm'),
      new BandDeleted('b', 'a'),
    ]);
    expect(roster.pullEvents()).toEqual([]);
  });
});
