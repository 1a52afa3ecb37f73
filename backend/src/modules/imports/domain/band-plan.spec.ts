import { describe, expect, it } from '@jest/globals';
import { anOriginalDatabase } from '../testing/original-database.mother.js';
import { planBands, roleOf } from './band-plan.js';

describe('planBands', () => {
  it('makes each group a band: the owner founds it, moderator → manager, user → member, imgbg → image', () => {
    const { bands, notices } = planBands(anOriginalDatabase());
    expect(bands).toEqual([
      {
        groupId: 2,
        name: 'Les Copains',
        description: null,
        logoUrl: null,
        template: 'image',
        founderId: 1,
        members: [
          { userId: 2, role: 'manager' },
          { userId: 3, role: 'member' },
        ],
      },
    ]);
    expect(notices).toEqual(["group 1: no row in groups and nothing in it (the original's default group), left out"]);
  });

  it('brings in a group 1 without a row when something was made in it, founded by its first admin', () => {
    const original = anOriginalDatabase({
      rehearsalEvents: [{ id: 1, groupId: 1, date: '2026-01-10T20:00', location: null }],
    });
    const [first] = planBands(original).bands;
    expect(first).toMatchObject({ groupId: 1, name: 'Groupe de musique', founderId: 1, template: 'classic' });
    expect(first!.members).toEqual([
      { userId: 2, role: 'member' },
      { userId: 3, role: 'member' },
    ]);
  });

  it('leaves inactive memberships out, keeps an owner without a membership as founder, says an unknown template', () => {
    const original = anOriginalDatabase({
      memberships: [
        { userId: 2, groupId: 2, role: 'user', active: true },
        { userId: 3, groupId: 2, role: 'user', active: false },
      ],
      settings: [{ groupId: 2, groupName: 'Les Copains', template: 'disco' }],
    });
    const { bands, notices } = planBands(original);
    expect(bands[0]).toMatchObject({ founderId: 1, template: 'classic', members: [{ userId: 2, role: 'member' }] });
    expect(notices).toEqual([
      'group 2: 1 inactive membership(s) left out',
      'group 2: template disco unknown here, classic instead',
    ]);
  });

  it('maps the original roles, anything unknown to member', () => {
    expect(['admin', 'moderator', 'user', 'guest'].map(roleOf)).toEqual(['admin', 'manager', 'member', 'member']);
  });
});
