import type { LiveNotice } from '../live-notice.js';

export interface LiveBusListener {
  notice(notice: LiveNotice): void;
  /** Notices may have been missed (the bus lost its connection): what a listener holds may be stale. */
  interrupted(): void;
}

/**
 * Carries live notices to every app instance, this one included, in the order they were published.
 * One listening connection per instance; `publish` may be called from any instance at any time.
 */
export interface LiveBus {
  /** Starts listening; resolves once notices published from now on are heard. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Whether notices are heard right now (false while the bus reconnects). */
  readonly listening: boolean;
  publish(notice: LiveNotice): Promise<void>;
  subscribe(listener: LiveBusListener): () => void;
}

export const LIVE_BUS = Symbol('LiveBus');
