import { describe, expect, it } from '@jest/globals';
import { SongInSetlistError, SongNotFoundError } from '../../../domain/repertoire.errors.js';
import { SongAdded, SongChanged, SongMastered, SongRemoved } from '../../../domain/repertoire.events.js';
import { repertoireTestKit } from '../../../testing/repertoire-test-kit.js';
import { AddSongCommand } from '../add-song/add-song.command.js';
import { RemoveSongCommand } from '../remove-song/remove-song.command.js';
import { SetProgressCommand } from '../set-progress/set-progress.command.js';
import { ChangeSongCommand } from './change-song.command.js';

describe('AddSongHandler, ChangeSongHandler and RemoveSongHandler', () => {
  /** `held`: the songs a planned gig's setlist holds, as the schedule context would answer. */
  function setUp(held = new Set<string>()) {
    const kit = repertoireTestKit({ isInPlannedSetlist: async (songId) => held.has(songId) });
    const [manager, member, stranger] = ['Léa', 'Sam', 'Zoé'].map((n) => kit.bands.person(n)) as string[];
    const bandId = kit.bands.band({ [manager!]: 'manager', [member!]: 'member' });
    return { kit, manager: manager!, member: member!, stranger: stranger!, bandId };
  }

  it('lets a manager add, change and master a song, and nobody else', async () => {
    const { kit, manager, member, stranger, bandId } = setUp();
    const song = await kit.handlers.addSong.execute(
      new AddSongCommand(manager, bandId, { title: 'Creep', artist: 'Radiohead' }, { bpm: 92, durationSec: 238 }),
    );
    expect(song).toMatchObject({ title: 'Creep', bpm: 92, durationSec: 238, key: null, mastered: false });
    const changed = await kit.handlers.changeSong.execute(
      new ChangeSongCommand(manager, song.id, { mastered: true, key: 'Sol' }),
    );
    expect(changed).toMatchObject({ title: 'Creep', bpm: 92, key: 'Sol', mastered: true });
    expect(kit.events.published).toEqual([
      new SongAdded(song.id, bandId, manager, 'Creep'),
      new SongChanged(song.id, bandId, manager),
      new SongMastered(song.id, bandId, manager, 'Creep'),
    ]);
    await expect(kit.handlers.addSong.execute(new AddSongCommand(member, bandId, { title: 'x' }, {}))).rejects.toThrow(
      'manager role',
    );
    await expect(
      kit.handlers.changeSong.execute(new ChangeSongCommand(member, song.id, { mastered: false })),
    ).rejects.toThrow('manager role');
    await expect(
      kit.handlers.changeSong.execute(new ChangeSongCommand(stranger, song.id, { mastered: false })),
    ).rejects.toThrow(SongNotFoundError);
    expect(kit.store.songs.get(song.id)?.mastered).toBe(true);
    expect(kit.events.published).toHaveLength(3);
  });

  it('removes a song with everyone’s progress; a member may not', async () => {
    const { kit, manager, member, bandId } = setUp();
    const song = await kit.added(manager, bandId);
    await kit.handlers.setProgress.execute(new SetProgressCommand(member, song.id, 5, 'note'));
    await expect(kit.handlers.removeSong.execute(new RemoveSongCommand(member, song.id))).rejects.toThrow(
      'manager role',
    );
    kit.events.published.length = 0;
    await kit.handlers.removeSong.execute(new RemoveSongCommand(manager, song.id));
    expect(kit.store.songs.size).toBe(0);
    expect(kit.store.progress.size).toBe(0);
    expect(kit.events.published).toEqual([new SongRemoved(song.id, bandId, manager, 'Seven Nation Army')]);
  });

  it('refuses to remove a song a planned gig’s setlist holds, and keeps it', async () => {
    const held = new Set<string>();
    const { kit, manager, bandId } = setUp(held);
    const song = await kit.added(manager, bandId);
    held.add(song.id);
    await expect(kit.handlers.removeSong.execute(new RemoveSongCommand(manager, song.id))).rejects.toThrow(
      SongInSetlistError,
    );
    expect(kit.store.songs.has(song.id)).toBe(true);
    held.clear();
    await kit.handlers.removeSong.execute(new RemoveSongCommand(manager, song.id));
    expect(kit.store.songs.has(song.id)).toBe(false);
  });
});
