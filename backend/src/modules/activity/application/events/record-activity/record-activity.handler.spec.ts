import { describe, expect, it } from '@jest/globals';
import { newId } from '../../../../../shared/application/ids.js';
import { BandFormed, MemberJoinedBand, MemberLeftBand, MemberRoleChanged } from '../../../../bands/public-api.js';
import {
  SongDemoted,
  SongMastered,
  SongPromoted,
  SongRemoved,
  SuggestionProposed,
} from '../../../../repertoire/public-api.js';
import { AttendanceAnswered, GigCancelled, RehearsalPlanned, SetlistSaved } from '../../../../schedule/public-api.js';
import { activityTestKit } from '../../../testing/activity-test-kit.js';
import { ListActivityQuery } from '../../queries/list-activity/list-activity.query.js';

function aBand() {
  const kit = activityTestKit();
  const [lea, sam] = [kit.person('Léa'), kit.person('Sam')];
  const bandId = kit.band({ [lea]: 'admin', [sam]: 'member' });
  /** The log as Léa reads it, oldest first, each line as `actor type subject-title detail count`. */
  const lines = async () => {
    const { items } = await kit.handlers.list.execute(new ListActivityQuery(lea, bandId, undefined, 50));
    return items
      .reverse()
      .map(({ actor, type, subject, detail, count }) =>
        [actor?.displayName, type, subject.title ?? subject.startsAt, detail, count].filter((x) => x != null).join(' '),
      );
  };
  /** Records each event a minute after the one before, as the app does after each commit. */
  const record = async (...events: Parameters<typeof kit.handlers.record.handle>[0][]) => {
    for (const event of events) {
      await kit.handlers.record.handle(event);
      kit.clock.advance(60_000);
    }
  };
  return { kit, lea, sam, bandId, lines, record };
}

describe('RecordActivityHandler', () => {
  it('writes who formed the band', async () => {
    const { lea, bandId, lines, record } = aBand();
    await record(new BandFormed(bandId, lea));
    expect(await lines()).toEqual(['Léa band.formed Léa']);
  });

  it('writes who joined, left, was removed or changed role, a member named as they are today', async () => {
    const { kit, lea, sam, bandId, lines, record } = aBand();
    const max = kit.person('Max');
    await record(
      new MemberJoinedBand(bandId, sam),
      new MemberRoleChanged(bandId, sam, 'manager', lea),
      new MemberJoinedBand(bandId, max),
      new MemberLeftBand(bandId, max, lea),
      new MemberLeftBand(bandId, sam, sam),
    );
    kit.profiles.names.set(max, 'Maxime');
    expect(await lines()).toEqual([
      'Sam member.joined Sam',
      'Léa member.role-changed Sam manager',
      'Maxime member.joined Maxime',
      'Léa member.removed Maxime',
      'Sam member.left Sam',
    ]);
  });

  it('writes the repertoire’s suggestions, promotions, masteries, demotions and removals with their titles then', async () => {
    const { lea, sam, bandId, lines, record } = aBand();
    const song = newId();
    await record(
      new SuggestionProposed(song, bandId, sam, sam, 'Creep'),
      new SongPromoted(song, bandId, 3, lea, 'Creep'),
      new SongMastered(song, bandId, lea, 'Creep (live)'),
      new SongDemoted(song, bandId, lea, 'Creep (live)'),
      // The demoted song back among the suggestions in its proposer's name: its demotion says it.
      new SuggestionProposed(song, bandId, sam, lea, 'Creep (live)'),
      new SongRemoved(newId(), bandId, lea, 'Zombie'),
    );
    expect(await lines()).toEqual([
      'Sam suggestion.proposed Creep',
      'Léa song.promoted Creep',
      'Léa song.mastered Creep (live)',
      'Léa song.demoted Creep (live)',
      'Léa song.removed Zombie',
    ]);
  });

  it('writes a series planned as one line with its count, a gig called off, a setlist, and an answer named after its event', async () => {
    const { kit, lea, sam, bandId, lines, record } = aBand();
    const [rehearsal, gig] = [newId(), newId()];
    const firstDate = new Date('2027-01-06T19:00:00Z');
    const gigDate = new Date('2027-06-21T18:00:00Z');
    kit.scheduled.set(gig, { title: 'Fête de la musique', startsAt: gigDate });
    kit.scheduled.set(rehearsal, { title: null, startsAt: firstDate });
    await record(
      new RehearsalPlanned(rehearsal, bandId, newId(), 6, firstDate, lea),
      new SetlistSaved(gig, bandId, lea, 'Fête de la musique'),
      new AttendanceAnswered('gig', gig, bandId, sam, 'maybe', 1),
      new AttendanceAnswered('rehearsal', rehearsal, bandId, sam, 'no', 4),
      new AttendanceAnswered('gig', newId(), bandId, sam, 'yes', 1), // its gig gone meanwhile
      new GigCancelled(gig, bandId, lea, 'Fête de la musique', gigDate),
    );
    expect(await lines()).toEqual([
      `Léa rehearsal.planned ${firstDate.toISOString()} 6`,
      'Léa setlist.changed Fête de la musique',
      'Sam attendance.answered Fête de la musique maybe',
      `Sam attendance.answered ${firstDate.toISOString()} no 4`,
      'Léa gig.cancelled Fête de la musique',
    ]);
    const { items } = await kit.handlers.list.execute(new ListActivityQuery(lea, bandId, undefined, 1));
    expect(items[0]!.subject).toEqual({
      type: 'gig',
      id: gig,
      title: 'Fête de la musique',
      startsAt: gigDate.toISOString(),
    });
  });

  it('never throws back a line it could not write: the action itself stands', async () => {
    const { kit, sam, bandId, record } = aBand();
    kit.activity.record = async () => {
      throw new Error('database down');
    };
    await expect(record(new MemberJoinedBand(bandId, sam))).resolves.toBeUndefined();
  });
});
