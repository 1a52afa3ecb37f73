import { MemberLeftBand } from '../../bands/public-api.js';
import {
  type ProgressChanged,
  type RepertoireEvent,
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
import type { BandMessage } from '../domain/live-message.js';
import type { LiveNotice } from './live-notice.js';

// Domain events to live notices: pure, and each message is written field by field (never a spread of
// the event), so whatever an event comes to carry, only ids and counts go on the wire.

/** Every repertoire event but a level's, whose message needs the band's average read first. */
export type RepertoireLiveEvent = Exclude<RepertoireEvent, ProgressChanged>;

export function repertoireNotices(event: RepertoireLiveEvent, at: Date): LiveNotice[] {
  const base = { bandId: event.bandId, at: at.toISOString() };
  const messages: BandMessage[] = [];
  if (event instanceof SuggestionProposed) {
    messages.push({ ...base, type: 'suggestion.created', suggestionId: event.suggestionId });
  } else if (event instanceof SuggestionEdited) {
    messages.push({ ...base, type: 'suggestion.updated', suggestionId: event.suggestionId });
  } else if (event instanceof SuggestionWithdrawn) {
    messages.push({ ...base, type: 'suggestion.deleted', suggestionId: event.suggestionId });
  } else if (event instanceof VoteChanged) {
    messages.push({ ...base, type: 'vote.changed', suggestionId: event.suggestionId, votes: event.votes });
  } else if (event instanceof SongPromoted) {
    // The song keeps the suggestion's id: it leaves the suggestions and joins the songs.
    messages.push({ ...base, type: 'suggestion.deleted', suggestionId: event.songId });
    messages.push({ ...base, type: 'song.created', songId: event.songId });
  } else if (event instanceof SongAdded) {
    messages.push({ ...base, type: 'song.created', songId: event.songId });
  } else if (event instanceof SongChanged) {
    messages.push({ ...base, type: 'song.updated', songId: event.songId });
  } else if (event instanceof SongDemoted || event instanceof SongRemoved) {
    // A demoted song's suggestion says itself (SuggestionProposed, same id).
    messages.push({ ...base, type: 'song.deleted', songId: event.songId });
  }
  return messages.map(toBand);
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

/** The one who left hears `band.removed` and nothing more of the band; the others hear who left. */
export function memberLeftNotices(event: MemberLeftBand, at: Date): LiveNotice[] {
  const base = { bandId: event.bandId, at: at.toISOString() };
  return [
    { kind: 'removed', userId: event.userId, message: { ...base, type: 'band.removed' } },
    toBand({ ...base, type: 'member.left', userId: event.userId }),
  ];
}

function toBand(message: BandMessage): LiveNotice {
  return { kind: 'band', message };
}
