import { Preferences } from '../api/api-types';
import { localStore } from '../browser/local-store';

/**
 * Preferences chosen while the server could not be reached. They apply on this device at once and
 * are sent with PATCH /api/me on the next successful GET /api/me, instead of being overwritten by
 * the account's older values.
 */
const KEY = 'bandtrack.preferences.unsynced';

export function readUnsyncedPreferences(): Partial<Preferences> | null {
  const raw = localStore.get(KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Preferences>;
    return value && typeof value === 'object' && Object.keys(value).length ? value : null;
  } catch {
    return null;
  }
}

export function rememberUnsyncedPreferences(preferences: Partial<Preferences>): void {
  localStore.set(KEY, JSON.stringify({ ...readUnsyncedPreferences(), ...preferences }));
}

export function forgetUnsyncedPreferences(): void {
  localStore.remove(KEY);
}
