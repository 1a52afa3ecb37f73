import type { PoolConfig } from 'pg';

/**
 * The pg pool of the app, and of the bench's reference server so that both hold their connections the
 * same way.
 * - `idleTimeoutMillis`: pg closes a connection after 10 s idle by default, so a band acting every few
 *   seconds kept reopening some, each a new PostgreSQL backend with cold caches: a stall of 100–300 ms
 *   (docs/perf.md). A minute keeps them through a rehearsal's pauses and still lets a quiet server go
 *   down to none.
 * - `connectionTimeoutMillis`: without it a request waits for ever on a database host that does not
 *   answer; after 5 s it fails, and the answer is a 503 (database-unavailable.ts).
 */
export const POOL_OPTIONS = {
  max: 10,
  idleTimeoutMillis: 60_000,
  connectionTimeoutMillis: 5_000,
} as const satisfies PoolConfig;
