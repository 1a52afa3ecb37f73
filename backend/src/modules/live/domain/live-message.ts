// What a live socket receives (API.md, "Live updates"): ids and counts only, so that a client refetches
// what it shows through the API, which applies every rule of who may see what. Never a private note,
// never another member's votedByMe.

interface BandMessageBase {
  bandId: string;
  /** When the server sent it: ISO 8601, UTC. */
  at: string;
}

export type SuggestionMessage = BandMessageBase & {
  type: 'suggestion.created' | 'suggestion.updated' | 'suggestion.deleted';
  suggestionId: string;
};
export type VoteMessage = BandMessageBase & { type: 'vote.changed'; suggestionId: string; votes: number };
export type SongMessage = BandMessageBase & {
  type: 'song.created' | 'song.updated' | 'song.deleted';
  songId: string;
};
/** The band's average on the song, one decimal; null when nobody rates it any more. */
export type ProgressMessage = BandMessageBase & {
  type: 'progress.changed';
  songId: string;
  bandAverageLevel: number | null;
};
export type MemberMessage = BandMessageBase & {
  type: 'member.joined' | 'member.left' | 'member.role-changed';
  userId: string;
};
export type BandUpdatedMessage = BandMessageBase & { type: 'band.updated' };
/** To a member who is no longer in the band (or to all, the band deleted): nothing more of it follows. */
export type BandRemovedMessage = BandMessageBase & { type: 'band.removed' };
export type EventMessage = BandMessageBase & { type: 'rehearsal.changed' | 'gig.changed'; id: string };
export type SetlistMessage = BandMessageBase & { type: 'setlist.changed'; gigId: string };
/**
 * A member's answer. API.md names the event's kind `type`, which the message's own `type` takes:
 * it travels as `eventType` (ADR 0045).
 */
export type AttendanceMessage = BandMessageBase & {
  type: 'attendance.changed';
  eventType: 'rehearsal' | 'gig';
  id: string;
  userId: string;
  status: 'yes' | 'maybe' | 'no';
};

export type BandMessage =
  | SuggestionMessage
  | VoteMessage
  | SongMessage
  | ProgressMessage
  | MemberMessage
  | BandUpdatedMessage
  | BandRemovedMessage
  | EventMessage
  | SetlistMessage
  | AttendanceMessage;

/** The first message of every socket: the bands it hears from. */
export interface HelloMessage {
  type: 'hello';
  bands: string[];
  at: string;
}

/** The answer to a client's `{"type":"ping"}`: a phone that wakes up can tell a dead socket at once. */
export interface PongMessage {
  type: 'pong';
  at: string;
}
