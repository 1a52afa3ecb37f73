import { describe, expect, it } from '@jest/globals';
import { InvalidScheduleFieldError } from '../schedule.errors.js';
import { Setlist, SETLIST_MAX_ENTRIES } from './setlist.js';

const [A, B, C] = ['a', 'b', 'c'].map((letter) => `0190c0de-0000-7000-8000-00000000000${letter}`) as [
  string,
  string,
  string,
];

describe('Setlist', () => {
  it('splits the songs into sets at its breaks, each opened by the break’s label', () => {
    const setlist = Setlist.of([{ songId: A }, { break: true, label: ' Entracte ' }, { songId: B }, { songId: C }]);
    expect(setlist.sets).toEqual([
      { label: null, songIds: [A] },
      { label: 'Entracte', songIds: [B, C] },
    ]);
  });

  it('opens no set for a break with no song after it, or for breaks in a row', () => {
    const setlist = Setlist.of([
      { break: true, label: null },
      { songId: A },
      { break: true, label: 'Set 2' },
      { break: true, label: 'Rappel' },
      { songId: B },
      { break: true, label: '' },
    ]);
    expect(setlist.sets).toEqual([
      { label: null, songIds: [A] },
      { label: 'Rappel', songIds: [B] },
    ]);
    expect(setlist.entries[5]).toEqual({ break: true, label: null });
  });

  it('lets a song come back (an encore of the opener) and lists each song once', () => {
    const setlist = Setlist.of([{ songId: A }, { songId: B }, { break: true, label: 'Rappel' }, { songId: A }]);
    expect(setlist.songIds).toEqual([A, B]);
    expect(setlist.sets.at(-1)).toEqual({ label: 'Rappel', songIds: [A] });
  });

  it(`holds at most ${SETLIST_MAX_ENTRIES} entries`, () => {
    const songs = (count: number) => Array.from({ length: count }, () => ({ songId: A }));
    expect(Setlist.of(songs(SETLIST_MAX_ENTRIES)).entries).toHaveLength(SETLIST_MAX_ENTRIES);
    expect(() => Setlist.of(songs(SETLIST_MAX_ENTRIES + 1))).toThrow(InvalidScheduleFieldError);
  });

  it('refuses a break label of more than a line or too long, naming the entry', () => {
    expect(() => Setlist.of([{ songId: A }, { break: true, label: 'Set\n2' }])).toThrow(
      expect.objectContaining({ field: 'items[1].label' }),
    );
    expect(() => Setlist.of([{ break: true, label: 'x'.repeat(61) }])).toThrow(InvalidScheduleFieldError);
  });

  it('is empty until a manager saves one', () => {
    expect(Setlist.empty().sets).toEqual([]);
    expect(Setlist.empty().songIds).toEqual([]);
  });
});
