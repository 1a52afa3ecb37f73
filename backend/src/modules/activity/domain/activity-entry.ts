/** What the log says someone did: the band's comings and goings, its repertoire and its schedule. */
export const ACTIVITY_TYPES = [
  'band.formed',
  'member.joined',
  'member.left',
  'member.removed',
  'member.role-changed',
  'suggestion.proposed',
  'song.added',
  'song.promoted',
  'song.mastered',
  'song.demoted',
  'song.removed',
  'rehearsal.planned',
  'rehearsal.cancelled',
  'rehearsal.removed',
  'gig.planned',
  'gig.cancelled',
  'gig.removed',
  'setlist.changed',
  'attendance.answered',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const SUBJECT_TYPES = ['member', 'suggestion', 'song', 'rehearsal', 'gig'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/**
 * What the action was about. `title` is the song's, suggestion's or gig's at that moment (a song
 * deleted since still reads); a member's name is read at display time instead, and a rehearsal has
 * none (`startsAt` says which one).
 */
export interface ActivitySubject {
  type: SubjectType;
  id: string;
  title: string | null;
  startsAt: Date | null;
}

/**
 * One line of a band's activity log, written after the action committed. `actorId` is whoever did
 * it; `detail` the new role or the answer given; `count` how many dates of a series it covered.
 */
export interface ActivityEntry {
  id: string;
  bandId: string;
  at: Date;
  actorId: string;
  type: ActivityType;
  subject: ActivitySubject;
  detail: string | null;
  count: number | null;
}
