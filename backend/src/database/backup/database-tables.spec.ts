import { describe, expect, it } from '@jest/globals';
import { parentsFirst } from './database-tables.js';

describe('parentsFirst', () => {
  it('puts each table after the tables its foreign keys point to, alphabetically among equals', () => {
    const references = [
      { child: 'votes', parent: 'suggestions' },
      { child: 'suggestions', parent: 'bands' },
      { child: 'memberships', parent: 'users' },
      { child: 'memberships', parent: 'bands' },
    ];
    expect(parentsFirst(['votes', 'users', 'suggestions', 'memberships', 'bands'], references)).toEqual([
      'bands',
      'users',
      'memberships',
      'suggestions',
      'votes',
    ]);
  });

  it('refuses a cycle, which no order loads', () => {
    const cycle = [
      { child: 'a', parent: 'b' },
      { child: 'b', parent: 'a' },
    ];
    expect(() => parentsFirst(['a', 'b', 'c'], cycle)).toThrow('the foreign keys of a, b form a cycle');
  });
});
