import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_PROPOSAL_LIMIT,
  type PlannerInput,
  type PlannerSong,
  proposeSongs,
  STALE_AFTER_DAYS,
} from './propose-songs.js';

const now = new Date('2026-12-02T18:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60_000);
const recently = daysAgo(3);
const gig = { title: 'Fête de l’hiver', startsAt: new Date('2026-12-19T20:30:00Z') };
const inGig = { code: 'in-next-gig-not-mastered', gigTitle: gig.title, gigStartsAt: gig.startsAt };

/** A learning song rehearsed three days ago, rated 7: nothing to propose until a test says so. */
function song(id: string, overrides: Partial<PlannerSong> = {}): PlannerSong {
  return { id, title: `Song ${id}`, mastered: false, bandAverageLevel: 7, lastRehearsedAt: recently, ...overrides };
}

function propose(songs: PlannerSong[], overrides: Partial<PlannerInput> = {}) {
  return proposeSongs({ songs, nextGig: null, now, ...overrides });
}

const ids = (proposals: ReturnType<typeof proposeSongs>) => proposals.map((proposal) => proposal.songId);

describe('proposeSongs', () => {
  it('proposes nothing for songs that are known, rehearsed lately and not in the next gig', () => {
    expect(propose([song('a'), song('b', { mastered: true, bandAverageLevel: 3 })])).toEqual([]);
    expect(propose([])).toEqual([]);
  });

  it('puts the next gig’s songs that are not mastered first, then the lowest averages, then the longest unrehearsed', () => {
    const proposals = propose(
      [
        song('stale', { lastRehearsedAt: daysAgo(40) }),
        song('weak', { bandAverageLevel: 2.5 }),
        song('set', { bandAverageLevel: 8 }),
        song('never', { lastRehearsedAt: null }),
      ],
      { nextGig: { ...gig, songIds: ['set'] } },
    );
    expect(proposals).toEqual([
      { songId: 'set', title: 'Song set', reason: inGig },
      { songId: 'weak', title: 'Song weak', reason: { code: 'low-band-average', average: 2.5 } },
      { songId: 'never', title: 'Song never', reason: { code: 'never-rehearsed' } },
      { songId: 'stale', title: 'Song stale', reason: { code: 'not-rehearsed-for-long', days: 40 } },
    ]);
  });

  it('lists a song once, with its strongest reason', () => {
    const everything = song('x', { bandAverageLevel: 1, lastRehearsedAt: null });
    expect(propose([everything], { nextGig: { ...gig, songIds: ['x', 'x'] } })).toEqual([
      { songId: 'x', title: 'Song x', reason: inGig },
    ]);
    expect(propose([everything])).toEqual([
      { songId: 'x', title: 'Song x', reason: { code: 'low-band-average', average: 1 } },
    ]);
  });

  it('orders the gig’s songs weakest first, not rated yet before all, then in setlist order', () => {
    const proposals = propose(
      [
        song('s1', { bandAverageLevel: 9 }),
        song('s2', { bandAverageLevel: 4 }),
        song('s3', { bandAverageLevel: null }),
        song('s4', { bandAverageLevel: 4 }),
        song('s5', { mastered: true, bandAverageLevel: 1 }),
        song('elsewhere', { bandAverageLevel: 0 }),
      ],
      { nextGig: { ...gig, songIds: ['s1', 's4', 's5', 's3', 's2', 'removed-song'] } },
    );
    expect(ids(proposals)).toEqual(['s3', 's4', 's2', 's1', 'elsewhere']);
  });

  it('breaks ties on the average by the song rehearsed longest ago, then by title, then by id', () => {
    const proposals = propose([
      song('b', { title: 'Zombie', bandAverageLevel: 3 }),
      song('a', { title: 'Zombie', bandAverageLevel: 3 }),
      song('c', { title: 'Écris l’histoire', bandAverageLevel: 3 }),
      song('d', { title: 'Zombie', bandAverageLevel: 3, lastRehearsedAt: daysAgo(10) }),
      song('e', { title: 'Zombie', bandAverageLevel: 3, lastRehearsedAt: null }),
    ]);
    expect(ids(proposals)).toEqual(['e', 'd', 'c', 'a', 'b']);
  });

  it('counts whole days since the last rehearsal and proposes a song from STALE_AFTER_DAYS on', () => {
    const justUnder = new Date(daysAgo(STALE_AFTER_DAYS).getTime() + 1);
    const proposals = propose([
      song('just-under', { lastRehearsedAt: justUnder }),
      song('due', { lastRehearsedAt: daysAgo(STALE_AFTER_DAYS) }),
      song('older', { lastRehearsedAt: daysAgo(STALE_AFTER_DAYS + 9.5) }),
    ]);
    expect(proposals.map(({ songId, reason }) => ({ songId, reason }))).toEqual([
      { songId: 'older', reason: { code: 'not-rehearsed-for-long', days: STALE_AFTER_DAYS + 9 } },
      { songId: 'due', reason: { code: 'not-rehearsed-for-long', days: STALE_AFTER_DAYS } },
    ]);
  });

  it('with no gig planned, ranks by the averages and the time since rehearsal only', () => {
    const proposals = propose([song('weak', { bandAverageLevel: 5.9 }), song('fine', { bandAverageLevel: 6 })]);
    expect(ids(proposals)).toEqual(['weak']);
  });

  it('when every song is mastered, proposes only those not rehearsed for long', () => {
    const proposals = propose(
      [
        song('fresh', { mastered: true, bandAverageLevel: 2 }),
        song('rusty', { mastered: true, lastRehearsedAt: daysAgo(60) }),
        song('never', { mastered: true, bandAverageLevel: null, lastRehearsedAt: null }),
      ],
      { nextGig: { ...gig, songIds: ['fresh', 'rusty', 'never'] } },
    );
    expect(proposals.map(({ songId, reason }) => [songId, reason.code])).toEqual([
      ['never', 'never-rehearsed'],
      ['rusty', 'not-rehearsed-for-long'],
    ]);
  });

  it('before anybody rated anything, proposes by the gig and the rehearsal dates', () => {
    const proposals = propose(
      [
        song('set', { bandAverageLevel: null }),
        song('new', { bandAverageLevel: null, lastRehearsedAt: null }),
        song('rated-never', { bandAverageLevel: null, lastRehearsedAt: recently }),
      ],
      { nextGig: { ...gig, songIds: ['set'] } },
    );
    expect(proposals.map(({ songId, reason }) => [songId, reason.code])).toEqual([
      ['set', 'in-next-gig-not-mastered'],
      ['new', 'never-rehearsed'],
    ]);
  });

  it('keeps the strongest proposals within the limit', () => {
    const songs = Array.from({ length: 20 }, (_, index) => song(`s${index}`, { bandAverageLevel: index / 4 }));
    expect(ids(propose(songs))).toEqual(['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7']);
    expect(DEFAULT_PROPOSAL_LIMIT).toBe(8);
    expect(ids(propose(songs, { limit: 3 }))).toEqual(['s0', 's1', 's2']);
    expect(propose(songs, { limit: 50 })).toHaveLength(20);
    expect(() => propose(songs, { limit: 0 })).toThrow(RangeError);
    expect(() => propose(songs, { limit: 2.5 })).toThrow(RangeError);
  });

  it('gives the same list whatever order the songs come in', () => {
    const songs = [
      song('a', { bandAverageLevel: 3 }),
      song('b', { bandAverageLevel: 3 }),
      song('c', { lastRehearsedAt: null }),
      song('d', { lastRehearsedAt: null }),
      song('e', { bandAverageLevel: null }),
    ];
    const nextGig = { ...gig, songIds: ['e'] };
    expect(propose([...songs].reverse(), { nextGig })).toEqual(propose(songs, { nextGig }));
  });
});
