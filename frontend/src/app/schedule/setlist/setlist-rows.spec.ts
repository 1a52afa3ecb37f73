import { describe, expect, it } from '@jest/globals';

import { moveItem } from '../running-order/reorder';
import { breakRow, rowsFromSetlist, setlistRequest, setlistSummary, songRow } from './setlist-rows';

const song = (title: string, durationSec: number | null) =>
  songRow({ id: `id-${title}`, title, artist: null, key: null, bpm: null, durationSec });

describe('setlistSummary', () => {
  it('counts one set when there is no break, and the songs without duration apart', () => {
    const summary = setlistSummary([song('A', 200), song('B', null), song('C', 100)]);
    expect(summary.sets).toEqual([{ label: null, songCount: 3, totalSeconds: 300, untimedSongs: 1 }]);
    expect(summary).toMatchObject({ songCount: 3, totalSeconds: 300, untimedSongs: 1 });
  });

  it('splits the sets at each break, labelled by the break that opens them', () => {
    const summary = setlistSummary([song('A', 200), breakRow('Rappel'), song('B', 240), song('C', null)]);
    expect(summary.sets).toEqual([
      { label: null, songCount: 1, totalSeconds: 200, untimedSongs: 0 },
      { label: 'Rappel', songCount: 2, totalSeconds: 240, untimedSongs: 1 },
    ]);
    expect(summary).toMatchObject({ songCount: 3, totalSeconds: 440, untimedSongs: 1 });
  });

  it('counts no set without a song: a break first, last, or two in a row', () => {
    const summary = setlistSummary([
      breakRow(null),
      song('A', 60),
      breakRow('x'),
      breakRow('  '),
      song('B', 30),
      breakRow('Fin'),
    ]);
    expect(summary.sets).toEqual([
      { label: null, songCount: 1, totalSeconds: 60, untimedSongs: 0 },
      { label: null, songCount: 1, totalSeconds: 30, untimedSongs: 0 },
    ]);
    expect(setlistSummary([])).toEqual({ sets: [], songCount: 0, totalSeconds: 0, untimedSongs: 0 });
  });

  it('follows a song moved across a break into the other set', () => {
    const rows = [song('A', 100), song('B', 50), breakRow('Rappel'), song('C', 10)];
    const moved = setlistSummary(moveItem(rows, 1, 3));
    expect(moved.sets).toEqual([
      { label: null, songCount: 1, totalSeconds: 100, untimedSongs: 0 },
      { label: 'Rappel', songCount: 2, totalSeconds: 60, untimedSongs: 0 },
    ]);
    expect(moved.totalSeconds).toBe(160);
  });
});

describe('the rows and the API', () => {
  it('reads the saved setlist and writes it back the same, a blank label as none', () => {
    const rows = rowsFromSetlist([
      { type: 'song', songId: 's1', title: 'Respect', artist: 'Aretha Franklin', key: 'C', bpm: 115, durationSec: 147 },
      { type: 'break', label: 'Rappel' },
      { type: 'song', songId: 's1', title: 'Respect', artist: 'Aretha Franklin', key: 'C', bpm: 115, durationSec: 147 },
    ]);
    expect(rows.map((row) => row.name)).toEqual(['Respect', 'Pause « Rappel »', 'Respect']);
    expect(new Set(rows.map((row) => row.key)).size).toBe(3);
    expect(setlistRequest([...rows, breakRow('  ')])).toEqual({
      items: [{ songId: 's1' }, { break: true, label: 'Rappel' }, { songId: 's1' }, { break: true, label: null }],
    });
  });

  it('keeps the key of a relabelled break', () => {
    const first = breakRow(null);
    const relabelled = breakRow('Rappel', first.key);
    expect(relabelled).toEqual({ kind: 'break', key: first.key, name: 'Pause « Rappel »', label: 'Rappel' });
    expect(first.name).toBe('Pause');
  });
});
