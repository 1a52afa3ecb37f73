import { Injectable } from '@nestjs/common';
import type { LiveBus, LiveBusListener } from '../../application/ports/live-bus.js';
import { decodeNotice, encodeNotice, type LiveNotice } from '../../application/live-notice.js';

/** What several in-memory buses share, as app instances share one PostgreSQL: a notice reaches them all. */
export class InMemoryLiveChannel {
  readonly buses = new Set<InMemoryLiveBus>();

  /** As if the connection had dropped and come back at once: every listener hears it. */
  interrupt(): void {
    for (const bus of this.buses) bus.interrupt();
  }
}

/** The live bus of a single process (PERSISTENCE=memory) and of the unit tests. */
@Injectable()
export class InMemoryLiveBus implements LiveBus {
  private readonly listeners = new Set<LiveBusListener>();
  private started = false;

  constructor(private readonly channel = new InMemoryLiveChannel()) {}

  get listening(): boolean {
    return this.started;
  }

  async start(): Promise<void> {
    this.started = true;
    this.channel.buses.add(this);
  }

  async stop(): Promise<void> {
    this.started = false;
    this.channel.buses.delete(this);
  }

  async publish(notice: LiveNotice): Promise<void> {
    // Through the same encoding as PostgreSQL's payloads, so the same notices are refused here.
    const payload = encodeNotice(notice);
    for (const bus of this.channel.buses) queueMicrotask(() => bus.hear(payload));
  }

  subscribe(listener: LiveBusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  interrupt(): void {
    for (const listener of this.listeners) listener.interrupted();
  }

  private hear(payload: string): void {
    const notice = decodeNotice(payload);
    if (!notice || !this.started) return;
    for (const listener of this.listeners) listener.notice(notice);
  }
}
