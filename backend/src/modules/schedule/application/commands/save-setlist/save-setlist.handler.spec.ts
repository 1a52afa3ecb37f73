import { describe, expect, it } from '@jest/globals';
import { newId } from '../../../../../shared/application/ids.js';
import { GigNotFoundError, SongNotInRepertoireError } from '../../../domain/schedule.errors.js';
import { SetlistSaved } from '../../../domain/schedule.events.js';
import { scheduleTestKit } from '../../../testing/schedule-test-kit.js';
import { GetGigQuery } from '../../queries/get-gig/get-gig.query.js';
import { PlanGigCommand } from '../plan-gig/plan-gig.command.js';
import { SaveSetlistCommand } from './save-setlist.command.js';

async function aGigWithSongs() {
  const kit = scheduleTestKit();
  const [lea, sam, max] = ['Léa', 'Sam', 'Max'].map((name) => kit.bands.person(name)) as [string, string, string];
  const bandId = kit.bands.band({ [lea]: 'manager', [sam]: 'member' });
  const otherBand = kit.bands.band({ [lea]: 'admin' });
  const [a, b, theirs] = [newId(), newId(), newId()];
  kit.songs.set(a, bandId).set(b, bandId).set(theirs, otherBand);
  const gig = await kit.handlers.planGig.execute(
    new PlanGigCommand(lea, bandId, { title: 'Fête', startsAt: new Date('2027-06-21T18:00:00Z') }),
  );
  return { kit, lea, sam, max, bandId, gig, a, b, theirs };
}

describe('SaveSetlistHandler', () => {
  it('saves the running order, timed set by set, and the gig shows it', async () => {
    const { kit, lea, sam, bandId, gig, a, b } = await aGigWithSongs();
    kit.events.published.length = 0;
    const saved = await kit.handlers.saveSetlist.execute(
      new SaveSetlistCommand(lea, gig.id, [{ songId: a }, { break: true, label: 'Rappel' }, { songId: b }]),
    );
    expect(saved.sets).toEqual([
      { label: null, songCount: 1, totalSeconds: 180, untimedSongs: 0 },
      { label: 'Rappel', songCount: 1, totalSeconds: 180, untimedSongs: 0 },
    ]);
    expect(saved.totalSeconds).toBe(360);
    expect((await kit.handlers.getGig.execute(new GetGigQuery(sam, gig.id))).setlist).toEqual(saved);
    expect(kit.events.published).toEqual([new SetlistSaved(gig.id, bandId, lea, 'Fête')]);
  });

  it('refuses a song of another band, naming it, and keeps the setlist as it was', async () => {
    const { kit, lea, gig, a, theirs } = await aGigWithSongs();
    await kit.handlers.saveSetlist.execute(new SaveSetlistCommand(lea, gig.id, [{ songId: a }]));
    kit.events.published.length = 0;
    await expect(
      kit.handlers.saveSetlist.execute(new SaveSetlistCommand(lea, gig.id, [{ songId: a }, { songId: theirs }])),
    ).rejects.toEqual(new SongNotInRepertoireError([theirs]));
    const { setlist } = await kit.handlers.getGig.execute(new GetGigQuery(lea, gig.id));
    expect(setlist.items.map((item) => item.type === 'song' && item.songId)).toEqual([a]);
    expect(kit.events.published).toEqual([]);
  });

  it('lets only managers save it, and hides the gig from someone outside the band', async () => {
    const { kit, sam, max, gig, a } = await aGigWithSongs();
    await expect(
      kit.handlers.saveSetlist.execute(new SaveSetlistCommand(sam, gig.id, [{ songId: a }])),
    ).rejects.toMatchObject({
      kind: 'forbidden',
    });
    await expect(kit.handlers.saveSetlist.execute(new SaveSetlistCommand(max, gig.id, []))).rejects.toBeInstanceOf(
      GigNotFoundError,
    );
  });
});
