import {
  BandDeleted,
  BandSettingsUpdated,
  MemberJoinedBand,
  MemberLeftBand,
  MemberRoleChanged,
} from '../../bands/public-api.js';
import {
  type ProgressChanged,
  SongAdded,
  SongChanged,
  SongDemoted,
  SongPromoted,
  SongRemoved,
  SuggestionEdited,
  SuggestionProposed,
  SuggestionWithdrawn,
  VoteChanged,
} from '../../repertoire/public-api.js';
import {
  AttendanceAnswered,
  GigChanged,
  GigPlanned,
  GigRemoved,
  RehearsalChanged,
  RehearsalPlanned,
  RehearsalRemoved,
  SetlistSaved,
} from '../../schedule/public-api.js';
import type { BandMessage } from '../domain/live-message.js';
import type { LiveNotice } from './live-notice.js';

// Domain events to live notices: pure, and each message is written field by field (never a spread of
// the event), so whatever an event comes to carry (an actor, a title), only ids and counts go on the wire.

/** What every message of a band starts with. */
interface Base {
  bandId: string;
  at: string;
}

type Mapping<E> = readonly [new (...args: never[]) => E, (event: E, base: Base) => LiveNotice[]];
/** A mapping of some event: what the table holds (the type of each is checked where it is written). */
type AnyMapping = readonly [new (...args: never[]) => object, (event: never, base: Base) => LiveNotice[]];

const on = <E>(type: new (...args: never[]) => E, map: (event: E, base: Base) => LiveNotice[]): Mapping<E> => [
  type,
  map,
];
const toBand = (message: BandMessage): LiveNotice => ({ kind: 'band', message });

/** Each event that live updates tell, and its notices (a level's needs the band's average: progressNotice). */
const MAPPINGS: readonly AnyMapping[] = [
  on(SuggestionProposed, (e, base) => [toBand({ ...base, type: 'suggestion.created', suggestionId: e.suggestionId })]),
  on(SuggestionEdited, (e, base) => [toBand({ ...base, type: 'suggestion.updated', suggestionId: e.suggestionId })]),
  on(SuggestionWithdrawn, (e, base) => [toBand({ ...base, type: 'suggestion.deleted', suggestionId: e.suggestionId })]),
  on(VoteChanged, (e, base) => [
    toBand({ ...base, type: 'vote.changed', suggestionId: e.suggestionId, votes: e.votes }),
  ]),
  // The song keeps the suggestion's id: it leaves the suggestions and joins the songs.
  on(SongPromoted, (e, base) => [
    toBand({ ...base, type: 'suggestion.deleted', suggestionId: e.songId }),
    toBand({ ...base, type: 'song.created', songId: e.songId }),
  ]),
  on(SongAdded, (e, base) => [toBand({ ...base, type: 'song.created', songId: e.songId })]),
  // SongMastered goes beside a SongChanged, which says it.
  on(SongChanged, (e, base) => [toBand({ ...base, type: 'song.updated', songId: e.songId })]),
  // A demoted song's suggestion says itself (SuggestionProposed, same id).
  on(SongDemoted, (e, base) => [toBand({ ...base, type: 'song.deleted', songId: e.songId })]),
  on(SongRemoved, (e, base) => [toBand({ ...base, type: 'song.deleted', songId: e.songId })]),

  // Who hears a band changes on every instance with these notices, before the band hears of it.
  on(MemberJoinedBand, (e, base) => [
    { kind: 'joined', bandId: e.bandId, userId: e.userId },
    toBand({ ...base, type: 'member.joined', userId: e.userId }),
  ]),
  // The one who left hears band.removed and nothing more of the band; the others hear who left.
  on(MemberLeftBand, (e, base) => [
    { kind: 'removed', userId: e.userId, message: { ...base, type: 'band.removed' } },
    toBand({ ...base, type: 'member.left', userId: e.userId }),
  ]),
  on(MemberRoleChanged, (e, base) => [toBand({ ...base, type: 'member.role-changed', userId: e.userId })]),
  on(BandSettingsUpdated, (_e, base) => [toBand({ ...base, type: 'band.updated' })]),
  on(BandDeleted, (_e, base) => [{ kind: 'removed', userId: null, message: { ...base, type: 'band.removed' } }]),

  // A cancellation goes beside its change (RehearsalCancelled, GigCancelled), which says it; a series'
  // change is told by its first date: the client reads the agenda again.
  on(RehearsalPlanned, (e, base) => [toBand({ ...base, type: 'rehearsal.changed', id: e.rehearsalId })]),
  on(RehearsalChanged, (e, base) => [toBand({ ...base, type: 'rehearsal.changed', id: e.rehearsalId })]),
  on(RehearsalRemoved, (e, base) => [toBand({ ...base, type: 'rehearsal.changed', id: e.rehearsalId })]),
  on(GigPlanned, (e, base) => [toBand({ ...base, type: 'gig.changed', id: e.gigId })]),
  on(GigChanged, (e, base) => [toBand({ ...base, type: 'gig.changed', id: e.gigId })]),
  on(GigRemoved, (e, base) => [toBand({ ...base, type: 'gig.changed', id: e.gigId })]),
  on(SetlistSaved, (e, base) => [toBand({ ...base, type: 'setlist.changed', gigId: e.gigId })]),
  // An answer is seen by the whole band on the event's page; its comment stays off the wire.
  on(AttendanceAnswered, (e, base) => [
    toBand({ ...base, type: 'attendance.changed', eventType: e.type, id: e.id, userId: e.userId, status: e.status }),
  ]),
];

/** The events live updates tell: the handler listens to these. */
export const LIVE_EVENTS = MAPPINGS.map(([type]) => type);

/** The notices of an event of a band; none for an event live updates do not tell. */
export function liveNotices(event: { bandId: string }, at: Date): LiveNotice[] {
  const mapping = MAPPINGS.find(([type]) => event instanceof type);
  return mapping ? mapping[1](event as never, { bandId: event.bandId, at: at.toISOString() }) : [];
}

/** Whose level changed stays unsaid: the band's new average only. */
export function progressNotice(event: ProgressChanged, bandAverageLevel: number | null, at: Date): LiveNotice {
  return toBand({
    type: 'progress.changed',
    bandId: event.bandId,
    at: at.toISOString(),
    songId: event.songId,
    bandAverageLevel,
  });
}
