import { InjectionToken } from '@angular/core';

/** Opens the socket of GET /api/live (a fake one in the specs). */
export const LIVE_SOCKET = new InjectionToken<(url: string) => WebSocket>('LIVE_SOCKET', {
  providedIn: 'root',
  factory: () => (url) => new WebSocket(url),
});

/** GET /api/live on this page's origin: wss when the page came over https. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/live`;
}

const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;

/**
 * How long to wait before the attempt after `failures` failed ones: doubling from 1 s up to 30 s,
 * each a random point in the upper half of that span, so the phones of a band that lost the server
 * together do not all come back in the same second.
 */
export function retryDelay(failures: number, random: () => number = Math.random): number {
  const span = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** failures);
  return span / 2 + random() * (span / 2);
}
