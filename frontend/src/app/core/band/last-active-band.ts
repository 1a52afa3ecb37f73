import { localStore } from '../browser/local-store';

/**
 * The active band this device showed last, and to whom: on the next start, a band no longer in the
 * user's list was lost meanwhile (removed, band deleted), which the lost-band notice says.
 */
export interface LastActiveBand {
  readonly userId: string;
  readonly id: string;
  readonly name: string;
}

export const LAST_ACTIVE_BAND_STORAGE_KEY = 'bandtrack.lastActiveBand';

export function readLastActiveBand(): LastActiveBand | null {
  try {
    const value: unknown = JSON.parse(localStore.get(LAST_ACTIVE_BAND_STORAGE_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { userId, id, name } = value as Record<string, unknown>;
    return typeof userId === 'string' && typeof id === 'string' && typeof name === 'string'
      ? { userId, id, name }
      : null;
  } catch {
    return null;
  }
}

export function rememberLastActiveBand(band: LastActiveBand | null): void {
  if (band) localStore.set(LAST_ACTIVE_BAND_STORAGE_KEY, JSON.stringify(band));
  else localStore.remove(LAST_ACTIVE_BAND_STORAGE_KEY);
}
