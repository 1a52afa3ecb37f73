import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { CLOCK, type Clock } from '../../../shared/application/clock.js';
import type { BandMessage, BandRemovedMessage, HelloMessage } from '../domain/live-message.js';
import { CLOSE, type LiveConnection } from './live-connection.js';
import type { LiveNotice } from './live-notice.js';
import { LIVE_BUS, type LiveBus, type LiveBusListener } from './ports/live-bus.js';
import { SESSION_CHECK, type SessionCheck } from './ports/session-check.js';

/**
 * The sockets this instance holds, and who hears what. Membership is kept here per socket, but only
 * ever changed by notices that every instance hears (joined, removed): no instance keeps a view that
 * another one could not change. A band's message is serialised once and sent to each of its sockets.
 */
@Injectable()
export class LiveHub implements LiveBusListener, OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('LiveHub');
  private readonly bandsOf = new Map<LiveConnection, Set<string>>();
  private readonly byBand = new Map<string, Set<LiveConnection>>();
  private readonly byUser = new Map<string, Set<LiveConnection>>();

  constructor(
    @Inject(LIVE_BUS) private readonly bus: LiveBus,
    @Inject(SESSION_CHECK) private readonly sessions: SessionCheck,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    this.bus.subscribe(this);
    await this.bus.start();
  }

  /** Before the HTTP server closes: every client is told to come back later. */
  beforeApplicationShutdown(): void {
    this.closeAll(CLOSE.goingAway, 'server stopping');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.bus.stop();
  }

  /** Whether a new socket would hear everything: not while the bus reconnects. */
  get accepting(): boolean {
    return this.bus.listening;
  }

  get size(): number {
    return this.bandsOf.size;
  }

  open(connection: LiveConnection, bandIds: readonly string[]): void {
    if (!this.accepting) {
      connection.close(CLOSE.restart, 'live updates interrupted');
      return;
    }
    this.bandsOf.set(connection, new Set());
    addTo(this.byUser, connection.userId, connection);
    for (const bandId of bandIds) this.subscribe(connection, bandId);
    const hello: HelloMessage = { type: 'hello', bands: [...bandIds], at: this.clock.now().toISOString() };
    connection.send(JSON.stringify(hello));
  }

  /** The socket closed, whichever side closed it. */
  forget(connection: LiveConnection): void {
    const bands = this.bandsOf.get(connection);
    if (!bands) return;
    for (const bandId of bands) removeFrom(this.byBand, bandId, connection);
    removeFrom(this.byUser, connection.userId, connection);
    this.bandsOf.delete(connection);
  }

  notice(notice: LiveNotice): void {
    switch (notice.kind) {
      case 'band':
        return this.toBand(notice.message);
      case 'joined':
        for (const connection of this.byUser.get(notice.userId) ?? []) this.subscribe(connection, notice.bandId);
        return;
      case 'removed':
        return this.removed(notice.userId, notice.message);
      case 'sessions':
        this.checkSessions(notice.userId).catch((error: Error) =>
          this.logger.warn(`could not check the sessions of live sockets: ${error.message}`),
        );
        return;
    }
  }

  /** Notices may have been missed: every socket closes, and its client comes back to a fresh hello. */
  interrupted(): void {
    this.closeAll(CLOSE.restart, 'live updates interrupted');
  }

  private toBand(message: BandMessage): void {
    const connections = this.byBand.get(message.bandId);
    if (!connections) return;
    const text = JSON.stringify(message);
    for (const connection of connections) connection.send(text);
  }

  private removed(userId: string | null, message: BandRemovedMessage): void {
    const connections = userId === null ? this.byBand.get(message.bandId) : this.byUser.get(userId);
    const text = JSON.stringify(message);
    for (const connection of connections ?? []) {
      if (!this.bandsOf.get(connection)?.delete(message.bandId)) continue;
      removeFrom(this.byBand, message.bandId, connection);
      connection.send(text);
    }
  }

  private async checkSessions(userId: string): Promise<void> {
    const connections = [...(this.byUser.get(userId) ?? [])];
    if (connections.length === 0) return;
    const active = new Set(await this.sessions.activeAmong([...new Set(connections.map((c) => c.sessionId))]));
    for (const connection of connections) {
      if (!active.has(connection.sessionId)) this.close(connection, CLOSE.sessionEnded, 'session ended');
    }
  }

  private subscribe(connection: LiveConnection, bandId: string): void {
    this.bandsOf.get(connection)?.add(bandId);
    addTo(this.byBand, bandId, connection);
  }

  private closeAll(code: number, reason: string): void {
    for (const connection of this.bandsOf.keys()) this.close(connection, code, reason);
  }

  private close(connection: LiveConnection, code: number, reason: string): void {
    this.forget(connection);
    connection.close(code, reason);
  }
}

function addTo<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  const set = index.get(key);
  if (set?.delete(value) && set.size === 0) index.delete(key);
}
