/** Node's errors for a database host that cannot be reached. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * PostgreSQL's SQLSTATEs for a server that cannot take the work now: class 08 (connection exception),
 * 53300 (too many connections), 57P01–57P03 (shutting down, crashed, starting up).
 */
const UNAVAILABLE_SQL_STATE = /^(08...|53300|57P0[123])$/;

/** pg's words, with no code, for a connection that did not come in time or was cut while being made. */
const POOL_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
  'Connection terminated unexpectedly',
];

/**
 * Whether `error` says the database is down, unreachable or full rather than that the request or the
 * code is wrong: such a request may be retried in a moment (503), and nothing is wrong with it. MikroORM
 * copies pg's `code` and `message` onto the errors it wraps, so both shapes are read the same way.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQL_STATE.test(code))) return true;
  return POOL_MESSAGES.includes(error.message);
}
