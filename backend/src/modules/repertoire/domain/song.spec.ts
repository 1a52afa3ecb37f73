import { describe, expect, it } from '@jest/globals';
import { aSuggestion, T0 } from '../testing/suggestion.mother.js';
import { InvalidRepertoireFieldError } from './repertoire.errors.js';
import { SongAdded, SongChanged, SongDemoted, SongMastered, SongPromoted, SongRemoved } from './repertoire.events.js';
import { Song } from './song.js';

const aSong = (attributes = {}) =>
  Song.add({
    id: 's1',
    bandId: 'b1',
    details: { title: 'Zombie', artist: 'The Cranberries' },
    attributes,
    actorId: 'manager',
    now: T0,
  });

describe('Song', () => {
  it('is added learning, with its key, tempo and duration', () => {
    const song = aSong({ key: 'Mi mineur', bpm: 84, durationSec: 306 });
    expect(song.snapshot()).toMatchObject({
      title: 'Zombie',
      key: 'Mi mineur',
      bpm: 84,
      durationSec: 306,
      mastered: false,
      votesAtPromotion: null,
    });
    expect(song.pullEvents()).toEqual([new SongAdded('s1', 'b1', 'manager', 'Zombie')]);
  });

  it.each([
    [{ bpm: 0 }],
    [{ bpm: 120.5 }],
    [{ bpm: 401 }],
    [{ durationSec: 0 }],
    [{ durationSec: 7201 }],
    [{ key: 'x'.repeat(21) }],
  ])('refuses %j', (attributes) => {
    expect(() => aSong(attributes)).toThrow(InvalidRepertoireFieldError);
  });

  it('changes only the given fields, and a refused change leaves it as it was', () => {
    const song = aSong({ bpm: 84 });
    song.pullEvents();
    song.change({ key: 'Em' }, 'g');
    expect(song.snapshot()).toMatchObject({ title: 'Zombie', bpm: 84, key: 'Em', mastered: false });
    expect(song.pullEvents()).toEqual([new SongChanged('s1', 'b1', 'g')]);
    const before = song.snapshot();
    expect(() => song.change({ title: 'ok', bpm: 1000 }, 'g')).toThrow(InvalidRepertoireFieldError);
    expect(song.snapshot()).toEqual(before);
    song.change({ bpm: null, artist: null }, 'g');
    expect(song.snapshot()).toMatchObject({ bpm: null, artist: null, key: 'Em' });
  });

  it('records its mastering once, when it turns mastered, with its title at that moment', () => {
    const song = aSong();
    song.pullEvents();
    song.change({ mastered: true, title: 'Zombie (live)' }, 'g');
    expect(song.pullEvents()).toEqual([
      new SongChanged('s1', 'b1', 'g'),
      new SongMastered('s1', 'b1', 'g', 'Zombie (live)'),
    ]);
    song.change({ mastered: true }, 'g');
    song.change({ mastered: false }, 'g');
    expect(song.pullEvents()).toEqual([new SongChanged('s1', 'b1', 'g'), new SongChanged('s1', 'b1', 'g')]);
  });

  it('records who removed or demoted it, with its title', () => {
    const song = aSong();
    song.pullEvents();
    song.remove('g');
    song.demote('a');
    expect(song.pullEvents()).toEqual([
      new SongRemoved('s1', 'b1', 'g', 'Zombie'),
      new SongDemoted('s1', 'b1', 'a', 'Zombie'),
    ]);
  });

  it('is promoted from a suggestion, keeping its id, fields, author and count', () => {
    const suggestion = aSuggestion({ versionOf: 'Original', links: ['https://youtu.be/0J2QdDbelmY'] });
    const state = suggestion.snapshot();
    const song = Song.promote(suggestion, 4, T0, 'manager');
    expect(song.snapshot()).toEqual({
      id: state.id,
      bandId: state.bandId,
      title: state.title,
      artist: state.artist,
      versionOf: 'Original',
      links: ['https://youtu.be/0J2QdDbelmY'],
      key: null,
      bpm: null,
      durationSec: null,
      mastered: false,
      votesAtPromotion: 4,
      suggestedBy: state.createdBy,
      createdAt: T0,
    });
    expect(song.pullEvents()).toEqual([new SongPromoted(state.id, state.bandId, 4, 'manager', state.title)]);
  });
});
