import { AttendanceStatus } from '../api/api-types';

/** What every message of a band carries (API.md, "Live updates and activity"). */
interface BandMessage<T extends string> {
  readonly type: T;
  readonly bandId: string;
  /** When it happened (ISO 8601). */
  readonly at: string;
}

/**
 * A message of GET /api/live about one band: ids and counts only, so a screen reads again what it
 * shows. The OpenAPI types do not cover the WebSocket: this union is the wire contract of API.md.
 */
export type LiveBandMessage =
  | (BandMessage<'suggestion.created' | 'suggestion.updated' | 'suggestion.deleted'> & {
      readonly suggestionId: string;
    })
  | (BandMessage<'vote.changed'> & { readonly suggestionId: string; readonly votes: number })
  | (BandMessage<'song.created' | 'song.updated' | 'song.deleted'> & { readonly songId: string })
  | (BandMessage<'progress.changed'> & { readonly songId: string; readonly bandAverageLevel: number | null })
  | (BandMessage<'member.joined' | 'member.left' | 'member.role-changed'> & { readonly userId: string })
  | BandMessage<'band.updated' | 'band.removed'>
  | (BandMessage<'rehearsal.changed' | 'gig.changed'> & { readonly id: string })
  | (BandMessage<'setlist.changed'> & { readonly gigId: string })
  | (BandMessage<'attendance.changed'> & {
      /** The rehearsal's or the gig's id. */
      readonly id: string;
      readonly userId: string;
      readonly status: AttendanceStatus;
    });

export type LiveMessageType = LiveBandMessage['type'];

/** The messages of these types (an intersection, not Extract: one member of the union covers several types). */
export type LiveMessageOf<T extends LiveMessageType> = LiveBandMessage & { readonly type: T };

/** The first message on a socket: the bands it is subscribed to. */
export interface LiveHello {
  readonly type: 'hello';
  readonly bands: readonly string[];
}
