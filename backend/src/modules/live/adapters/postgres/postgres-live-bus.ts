import { Logger } from '@nestjs/common';
import pg from 'pg';
import { PreparedStatements, preparedStatement } from '../../../../shared/adapters/prepared-statements.js';
import type { LiveBus, LiveBusListener } from '../../application/ports/live-bus.js';
import { decodeNotice, encodeNotice, type LiveNotice } from '../../application/live-notice.js';
import { POOL_OPTIONS } from '../../../../database/pool-options.js';

const CHANNEL = 'bandtrack_live';
/** How the listening connection is named in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'bandtrack-live';
const NOTIFY = preparedStatement('live-notify', 'select pg_notify(?, ?)');
const FIRST_RETRY_MS = 100;
const LAST_RETRY_MS = 5_000;

/** Opens the listening connection (a client of its own, out of the pool: LISTEN holds it for good). */
export function listeningClient(databaseUrl: string): () => pg.Client {
  return () =>
    new pg.Client({
      connectionString: databaseUrl,
      application_name: LISTENER_APPLICATION_NAME,
      // A connection that a network cut left half open is found out by TCP, not only at the next query.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      // A host that accepts and never answers must not hold the listening connection for ever.
      connectionTimeoutMillis: POOL_OPTIONS.connectionTimeoutMillis,
    });
}

/**
 * The live bus between app instances on one PostgreSQL (ADR 0045): notices go out by NOTIFY through the
 * app's pool, and each instance hears them on ONE connection that LISTENs. NOTIFY is transactional and
 * delivered in commit order, so every instance hears the same notices in the same order. A lost
 * listening connection is said to the listeners (notices may have been missed) and opened again, with
 * a back-off from 100 ms to 5 s.
 */
export class PostgresLiveBus implements LiveBus {
  private readonly logger = new Logger('PostgresLiveBus');
  private readonly listeners = new Set<LiveBusListener>();
  private client: pg.Client | null = null;
  private connected = false;
  private stopped = true;
  private retry: NodeJS.Timeout | undefined;
  private retryMs = FIRST_RETRY_MS;

  constructor(
    private readonly newClient: () => pg.Client,
    private readonly statements: PreparedStatements,
  ) {}

  get listening(): boolean {
    return this.connected;
  }

  /** A first try at listening; a failed one (refused, or timed out) goes on retrying in the background. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.connected = false;
    await client?.end().catch(() => undefined);
  }

  async publish(notice: LiveNotice): Promise<void> {
    await this.statements.rows(NOTIFY, [CHANNEL, encodeNotice(notice)]);
  }

  subscribe(listener: LiveBusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async listen(): Promise<void> {
    const client = this.newClient();
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) this.hear(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.client !== client) return;
    this.connected = true;
    this.retryMs = FIRST_RETRY_MS;
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = null;
    const wasListening = this.connected;
    this.connected = false;
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn(`the live updates' connection to PostgreSQL is lost (${error?.message ?? 'closed'}): retrying`);
    if (wasListening) for (const listener of this.listeners) listener.interrupted();
    this.retry = setTimeout(() => void this.listen(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }

  private hear(payload: string): void {
    const notice = decodeNotice(payload);
    if (notice) for (const listener of this.listeners) listener.notice(notice);
  }
}
