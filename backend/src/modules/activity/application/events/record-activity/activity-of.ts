import { BandFormed, MemberJoinedBand, MemberLeftBand, MemberRoleChanged } from '../../../../bands/public-api.js';
import {
  SongAdded,
  SongDemoted,
  SongMastered,
  SongPromoted,
  SongRemoved,
  SuggestionProposed,
} from '../../../../repertoire/public-api.js';
import {
  GigCancelled,
  GigPlanned,
  GigRemoved,
  RehearsalCancelled,
  RehearsalPlanned,
  RehearsalRemoved,
  SetlistSaved,
} from '../../../../schedule/public-api.js';
import type { ActivityEntry, ActivitySubject } from '../../../domain/activity-entry.js';

/** The events the log keeps a line of (AttendanceAnswered too, completed by RecordActivityHandler). */
export const LOGGED_EVENTS = [
  BandFormed,
  MemberJoinedBand,
  MemberLeftBand,
  MemberRoleChanged,
  SuggestionProposed,
  SongAdded,
  SongPromoted,
  SongMastered,
  SongDemoted,
  SongRemoved,
  RehearsalPlanned,
  RehearsalCancelled,
  RehearsalRemoved,
  GigPlanned,
  GigCancelled,
  GigRemoved,
  SetlistSaved,
] as const;

export type LoggedEvent = InstanceType<(typeof LOGGED_EVENTS)[number]>;

type Line = Omit<ActivityEntry, 'id' | 'at'>;

const subject = (
  type: ActivitySubject['type'],
  id: string,
  title: string | null = null,
  startsAt: Date | null = null,
) => ({
  type,
  id,
  title,
  startsAt,
});

const line = (
  event: { bandId: string; actorId: string },
  type: ActivityEntry['type'],
  about: ActivitySubject,
  extra: { detail?: string; count?: number } = {},
): Line => ({
  bandId: event.bandId,
  actorId: event.actorId,
  type,
  subject: about,
  detail: extra.detail ?? null,
  count: extra.count ?? null,
});

/**
 * The log's line for an event, or null for one it leaves out: a demoted song's return to the
 * suggestions (its demotion is the line), which proposes it again in the manager's name.
 */
export function activityOf(event: LoggedEvent): Line | null {
  // The founder is the line's subject too: the log's subjects are what is in the band, not the band.
  if (event instanceof BandFormed) return line(event, 'band.formed', subject('member', event.actorId));
  if (event instanceof MemberJoinedBand) return line(event, 'member.joined', subject('member', event.userId));
  if (event instanceof MemberLeftBand) {
    const type = event.actorId === event.userId ? 'member.left' : 'member.removed';
    return line(event, type, subject('member', event.userId));
  }
  if (event instanceof MemberRoleChanged) {
    return line(event, 'member.role-changed', subject('member', event.userId), { detail: event.role });
  }
  if (event instanceof SuggestionProposed) {
    if (event.proposedBy !== event.actorId) return null;
    return line(event, 'suggestion.proposed', subject('suggestion', event.suggestionId, event.title));
  }
  if (event instanceof SongAdded) return line(event, 'song.added', subject('song', event.songId, event.title));
  if (event instanceof SongPromoted) return line(event, 'song.promoted', subject('song', event.songId, event.title));
  if (event instanceof SongMastered) return line(event, 'song.mastered', subject('song', event.songId, event.title));
  if (event instanceof SongDemoted) return line(event, 'song.demoted', subject('song', event.songId, event.title));
  if (event instanceof SongRemoved) return line(event, 'song.removed', subject('song', event.songId, event.title));
  if (event instanceof RehearsalPlanned) {
    const about = subject('rehearsal', event.rehearsalId, null, event.startsAt);
    return line(event, 'rehearsal.planned', about, { count: event.dates });
  }
  if (event instanceof RehearsalCancelled) {
    const about = subject('rehearsal', event.rehearsalId, null, event.startsAt);
    return line(event, 'rehearsal.cancelled', about, { count: event.dates });
  }
  if (event instanceof RehearsalRemoved) {
    const about = subject('rehearsal', event.rehearsalId, null, event.startsAt);
    return line(event, 'rehearsal.removed', about, { count: event.dates });
  }
  if (event instanceof GigPlanned) {
    return line(event, 'gig.planned', subject('gig', event.gigId, event.title, event.startsAt));
  }
  if (event instanceof GigCancelled) {
    return line(event, 'gig.cancelled', subject('gig', event.gigId, event.title, event.startsAt));
  }
  if (event instanceof GigRemoved) {
    return line(event, 'gig.removed', subject('gig', event.gigId, event.title, event.startsAt));
  }
  return line(event, 'setlist.changed', subject('gig', event.gigId, event.title));
}
