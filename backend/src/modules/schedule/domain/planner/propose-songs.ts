import type { ProposalReason } from './proposal-reason.js';

/** An average level below this (out of 10) is weak enough to be proposed. */
export const LOW_AVERAGE_BELOW = 6;
/** A song last rehearsed at least this many days ago is proposed again (three weekly rehearsals). */
export const STALE_AFTER_DAYS = 21;
/** About what an evening's rehearsal gets through. */
export const DEFAULT_PROPOSAL_LIMIT = 8;

const DAY_MS = 24 * 60 * 60_000;

/** A song the band has in rehearsal, as the planner sees it. */
export interface PlannerSong {
  id: string;
  title: string;
  mastered: boolean;
  /** The band's average level, 0–10; null while nobody has rated it. */
  bandAverageLevel: number | null;
  /** When it was last on the plan of a rehearsal that has taken place; null: never. */
  lastRehearsedAt: Date | null;
}

export interface PlannerInput {
  songs: readonly PlannerSong[];
  /** The next gig, with the song ids of its setlist in order; null when none is planned. */
  nextGig: { title: string; startsAt: Date; songIds: readonly string[] } | null;
  /** The moment the days without rehearsal are counted to. */
  now: Date;
  limit?: number;
}

export interface SongProposal {
  songId: string;
  title: string;
  reason: ProposalReason;
}

interface Candidate {
  song: PlannerSong;
  reason: ProposalReason;
  /** The reason's rank: 0 is the strongest. */
  tier: number;
  /** Within a tier, compared in turn: lower comes first. */
  keys: number[];
}

const titles = new Intl.Collator('fr');

/**
 * The rehearsal planner: which songs to work on, strongest reason first. Each song is listed once,
 * with the strongest reason it has:
 *
 * 1. in the next gig's setlist and not mastered: the weakest first (not rated yet counts as the
 *    weakest), then in setlist order;
 * 2. not mastered with a band average below LOW_AVERAGE_BELOW: the lowest average first;
 * 3. mastered or not, never rehearsed, then rehearsed longest ago, once STALE_AFTER_DAYS have passed.
 *
 * Ties go to the song rehearsed longest ago (never first), then by title, then by id, so the same
 * input always gives the same list. At most `limit` songs (DEFAULT_PROPOSAL_LIMIT).
 */
export function proposeSongs(input: PlannerInput): SongProposal[] {
  const limit = input.limit ?? DEFAULT_PROPOSAL_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`The limit is a positive integer (got ${limit}).`);
  const setlistPosition = new Map<string, number>();
  input.nextGig?.songIds.forEach((id, position) => {
    if (!setlistPosition.has(id)) setlistPosition.set(id, position);
  });
  return input.songs
    .map((song) => strongestReason(song, input, setlistPosition))
    .filter((candidate) => candidate !== null)
    .sort(byRank)
    .slice(0, limit)
    .map(({ song, reason }) => ({ songId: song.id, title: song.title, reason }));
}

function strongestReason(
  song: PlannerSong,
  input: PlannerInput,
  setlistPosition: ReadonlyMap<string, number>,
): Candidate | null {
  const position = setlistPosition.get(song.id);
  if (input.nextGig && position !== undefined && !song.mastered) {
    const { title: gigTitle, startsAt: gigStartsAt } = input.nextGig;
    return {
      song,
      tier: 0,
      keys: [song.bandAverageLevel ?? -1, position],
      reason: { code: 'in-next-gig-not-mastered', gigTitle, gigStartsAt },
    };
  }
  const average = song.bandAverageLevel;
  if (!song.mastered && average !== null && average < LOW_AVERAGE_BELOW) {
    return { song, tier: 1, keys: [average], reason: { code: 'low-band-average', average } };
  }
  if (song.lastRehearsedAt === null) return { song, tier: 2, keys: [], reason: { code: 'never-rehearsed' } };
  const days = Math.floor((input.now.getTime() - song.lastRehearsedAt.getTime()) / DAY_MS);
  if (days < STALE_AFTER_DAYS) return null;
  return { song, tier: 2, keys: [], reason: { code: 'not-rehearsed-for-long', days } };
}

function byRank(a: Candidate, b: Candidate): number {
  const keys = a.keys.map((key, index) => key - b.keys[index]!);
  return (
    a.tier - b.tier ||
    keys.find((difference) => difference !== 0) ||
    compareRehearsedAt(a.song, b.song) ||
    titles.compare(a.song.title, b.song.title) ||
    (a.song.id < b.song.id ? -1 : a.song.id > b.song.id ? 1 : 0)
  );
}

/** Rehearsed longest ago first; never rehearsed before any date. */
function compareRehearsedAt(a: PlannerSong, b: PlannerSong): number {
  if (a.lastRehearsedAt === null || b.lastRehearsedAt === null) {
    return Number(b.lastRehearsedAt === null) - Number(a.lastRehearsedAt === null);
  }
  return a.lastRehearsedAt.getTime() - b.lastRehearsedAt.getTime();
}
