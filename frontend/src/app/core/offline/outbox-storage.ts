import { localStore } from '../browser/local-store';

/** An action kept on this device until the server has answered it. */
export interface OutboxEntry {
  /** Local only: tells two actions on the same target apart. */
  readonly id: string;
  readonly kind: string;
  readonly target: string;
  readonly payload: unknown;
}

/** The actions of one user, in the order they were made. */
export interface StoredOutbox {
  readonly userId: string | null;
  readonly entries: readonly OutboxEntry[];
}

export const OUTBOX_STORAGE_KEY = 'bandtrack.outbox';
export const EMPTY_OUTBOX: StoredOutbox = { userId: null, entries: [] };

/** What this device kept; anything unreadable (another version, hand edits) counts as nothing. */
export function readOutbox(): StoredOutbox {
  const raw = localStore.get(OUTBOX_STORAGE_KEY);
  if (!raw) return EMPTY_OUTBOX;
  try {
    const value = JSON.parse(raw) as Partial<StoredOutbox> | null;
    if (typeof value?.userId !== 'string' || !Array.isArray(value.entries)) return EMPTY_OUTBOX;
    return { userId: value.userId, entries: value.entries.filter(isEntry) };
  } catch {
    return EMPTY_OUTBOX;
  }
}

/** When the browser refuses to store it (private mode, quota), the actions live in memory only. */
export function writeOutbox(outbox: StoredOutbox): void {
  if (!outbox.userId || outbox.entries.length === 0) {
    localStore.remove(OUTBOX_STORAGE_KEY);
  } else {
    localStore.set(OUTBOX_STORAGE_KEY, JSON.stringify(outbox));
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as Partial<OutboxEntry> | null;
  return typeof entry?.id === 'string' && typeof entry.kind === 'string' && typeof entry.target === 'string';
}
