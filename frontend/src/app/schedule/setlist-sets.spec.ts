import { describe, expect, it } from '@jest/globals';

import { Setlist } from '../core/api/api-types';
import { setlistSets } from './setlist-sets';

const song = (title: string, durationSec: number | null) => ({
  type: 'song' as const,
  songId: `id-${title}`,
  title,
  artist: null,
  key: 'Am',
  bpm: 120,
  durationSec,
});

describe('setlistSets', () => {
  it('splits the songs at the breaks, numbers them across the show and keeps each set’s timing', () => {
    const setlist: Setlist = {
      items: [
        { type: 'break', label: 'Ouverture' },
        song('Intro', 200),
        song('Rock', null),
        { type: 'break', label: 'Entracte' },
        { type: 'break', label: 'Rappel' },
        song('Bis', 300),
      ],
      sets: [
        { label: 'Ouverture', songCount: 2, totalSeconds: 200, untimedSongs: 1 },
        { label: 'Rappel', songCount: 1, totalSeconds: 300, untimedSongs: 0 },
      ],
      totalSeconds: 500,
      untimedSongs: 1,
    };
    const sets = setlistSets(setlist);
    expect(sets.map((set) => [set.label, set.songs.map((s) => `${s.number}. ${s.title}`), set.totalSeconds])).toEqual([
      ['Ouverture', ['1. Intro', '2. Rock'], 200],
      ['Rappel', ['3. Bis'], 300],
    ]);
    expect(sets[0]?.songs[1]).toMatchObject({ key: 'Am', bpm: 120, durationSec: null, songId: 'id-Rock' });
  });

  it('has no set for an empty setlist', () => {
    expect(setlistSets({ items: [], sets: [], totalSeconds: 0, untimedSongs: 0 })).toEqual([]);
  });
});
