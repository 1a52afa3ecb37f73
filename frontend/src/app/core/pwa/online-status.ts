import { DestroyRef, DOCUMENT, inject, Injectable, InjectionToken, signal } from '@angular/core';

/**
 * Resolves true when the server answers. Plain fetch (not HttpClient: no interceptor, and it must
 * not hold the app "unstable"). /api/health is in no service-worker data group, so the worker lets
 * it through to the network and answers 504 itself when the network is down.
 */
export const CONNECTIVITY_PROBE = new InjectionToken<() => Promise<boolean>>('CONNECTIVITY_PROBE', {
  providedIn: 'root',
  factory: () => async () => {
    if (typeof fetch !== 'function') return true;
    try {
      const response = await fetch('/api/health', { cache: 'no-store', headers: { Accept: 'application/json' } });
      return response.status !== 502 && response.status !== 504;
    } catch {
      return false;
    }
  },
});

const RETRY_MS = 15_000;

/**
 * Online or not: navigator.onLine and its `online` / `offline` events, plus one check that the
 * server answers when the app starts (a device can be "online" with no way to the server, and an
 * app reloaded from the service worker's cache is not always told it is offline); while that check
 * fails it is repeated every 15 s.
 */
@Injectable({ providedIn: 'root' })
export class OnlineStatus {
  private readonly view = inject(DOCUMENT).defaultView;
  private readonly probe = inject(CONNECTIVITY_PROBE);
  private readonly state = signal(this.view?.navigator.onLine ?? true);
  private retry: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  private firstCheck: Promise<void> = Promise.resolve();

  readonly online = this.state.asReadonly();

  /** Online or not, once the start-up check of the server is done. */
  async settled(): Promise<boolean> {
    await this.firstCheck;
    return this.state();
  }

  constructor() {
    const view = this.view;
    if (!view) return;
    const update = () => {
      clearTimeout(this.retry);
      this.state.set(view.navigator.onLine);
    };
    view.addEventListener('online', update);
    view.addEventListener('offline', update);
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      clearTimeout(this.retry);
      view.removeEventListener('online', update);
      view.removeEventListener('offline', update);
    });
    if (view.navigator.onLine) this.firstCheck = this.check();
  }

  private async check(): Promise<void> {
    const reachable = await this.probe();
    // The browser's own events have the last word while it says it is offline.
    if (this.destroyed || !this.view?.navigator.onLine) return;
    this.state.set(reachable);
    if (!reachable) this.retry = setTimeout(() => void this.check(), RETRY_MS);
  }
}
