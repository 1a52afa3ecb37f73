import type { BandMessage, BandRemovedMessage } from '../domain/live-message.js';

/**
 * What travels between app instances (ADR 0045): every instance hears every notice and delivers it to
 * the sockets it holds. Membership travels too, so that no instance keeps a list another one cannot
 * change.
 */
export type LiveNotice =
  /** To every socket subscribed to the message's band. */
  | { kind: 'band'; message: BandMessage }
  /** The user's open sockets start hearing from the band. */
  | { kind: 'joined'; bandId: string; userId: string }
  /** The user's sockets (every socket, when `userId` is null: the band is gone) get the message, then nothing more of the band. */
  | { kind: 'removed'; userId: string | null; message: BandRemovedMessage }
  /** Some of the user's sessions were revoked: their sockets close. */
  | { kind: 'sessions'; userId: string };

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; ours are ids and counts, far below. */
export const MAX_NOTICE_BYTES = 7900;

export class NoticeTooLargeError extends Error {}

export function encodeNotice(notice: LiveNotice): string {
  const text = JSON.stringify(notice);
  if (Buffer.byteLength(text) > MAX_NOTICE_BYTES) {
    throw new NoticeTooLargeError(`a live notice of ${Buffer.byteLength(text)} bytes (${notice.kind})`);
  }
  return text;
}

const KINDS = new Set<string>(['band', 'joined', 'removed', 'sessions']);

/** The notice in a payload, or null for anything else that reached the channel. */
export function decodeNotice(payload: string): LiveNotice | null {
  try {
    const notice = JSON.parse(payload) as { kind?: unknown };
    return typeof notice === 'object' && notice !== null && KINDS.has(notice.kind as string)
      ? (notice as LiveNotice)
      : null;
  } catch {
    return null;
  }
}
