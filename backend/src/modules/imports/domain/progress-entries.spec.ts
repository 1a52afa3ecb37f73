import { describe, expect, it } from '@jest/globals';
import { progressEntries } from './progress-entries.js';

describe('progressEntries', () => {
  it('joins the levels and the notes the original keys by username', () => {
    expect(progressEntries('{"alice": 6.0, "bob": 0}', '{"alice": "note privée", "chloe": "sans niveau"}')).toEqual({
      entries: [
        { username: 'alice', level: 6, note: 'note privée' },
        { username: 'bob', level: 0, note: null },
        { username: 'chloe', level: 0, note: 'sans niveau' },
      ],
      notices: [],
    });
  });

  it('rounds and bounds a level to a whole 0..10, and says so', () => {
    const { entries, notices } = progressEntries('{"a": 6.6, "b": 12, "c": -1, "d": "x"}', null);
    expect(entries.map((entry) => entry.level)).toEqual([7, 10, 0, 0]);
    expect(notices).toEqual([
      'the level 6.6 of a became 7',
      'the level 12 of b became 10',
      'the level -1 of c became 0',
      'the level of d ("x") is not a number: 0',
    ]);
  });

  it('reads unreadable JSON as nothing, and says so', () => {
    expect(progressEntries('{not json', '[]')).toEqual({
      entries: [],
      notices: ['the levels are not a JSON object: left out', 'the notes are not a JSON object: left out'],
    });
    expect(progressEntries(null, '')).toEqual({ entries: [], notices: [] });
  });
});
