import { describe, expect, it } from '@jest/globals';

import { Attendee } from '../core/api/api-types';
import { attendanceGroups } from './attendance-groups';

const member = (displayName: string, status: Attendee['status'], comment: string | null = null): Attendee => ({
  userId: displayName,
  displayName,
  status,
  comment,
  answeredAt: status ? '2026-12-01T10:00:00.000Z' : null,
});

describe('attendanceGroups', () => {
  it('groups the members by answer, yes, maybe, no, and those without an answer last', () => {
    const groups = attendanceGroups([
      member('Zoé', 'no', 'En vacances'),
      member('Léa', null),
      member('Ana', 'maybe', 'Peut-être en retard'),
      member('Éric', 'yes'),
      member('Bob', 'yes'),
    ]);
    expect(groups.map((group) => [group.status, group.members.map((m) => m.displayName)])).toEqual([
      ['yes', ['Bob', 'Éric']],
      ['maybe', ['Ana']],
      ['no', ['Zoé']],
      [null, ['Léa']],
    ]);
    expect(groups[2]?.members[0]?.comment).toBe('En vacances');
  });

  it('keeps an empty group so every count shows, even 0', () => {
    expect(attendanceGroups([member('Ana', 'yes')]).map((group) => group.members.length)).toEqual([1, 0, 0, 0]);
  });
});
